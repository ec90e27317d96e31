import { describe, expect, test } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkGeneratedBody } from '../../src/plugins/remark-generated-body';

const PATH = 'src/content/pages/doc/page.mdx';

/** Compiles MDX as Astro does for a content page: the frontmatter already parsed into `file.data.astro`. */
async function compilePage(body: string, frontmatter: Record<string, unknown>) {
	const file = new VFile({ path: PATH, value: body, data: { astro: { frontmatter } } });
	return compile(file, { remarkPlugins: [remarkGeneratedBody], jsx: true });
}

async function failureOf(body: string, frontmatter: Record<string, unknown>): Promise<Error> {
	try {
		await compilePage(body, frontmatter);
	} catch (error) {
		return error as Error;
	}
	throw new Error(`expected the page to fail:\n${body}`);
}

const LIST = '<EditorialNote kk="а" ru="б" en="c" />\n\n<NumberedList kind="table" />\n';

describe('remarkGeneratedBody: "body: generated" says what the body is', () => {
	test('a generated body of reader-language components compiles', async () => {
		await expect(compilePage(LIST, { body: 'generated' })).resolves.toBeDefined();
		await expect(compilePage('{/* a comment */}\n\n<PartContents />\n\n<Dataset id="table-1" />\n', { body: 'generated' })).resolves.toBeDefined();
	});

	test('Kazakh prose on a "body: generated" page fails the build with the file and line', async () => {
		const error = await failureOf(`${LIST}\nҚазақша мәтін.\n`, { body: 'generated' });
		expect(String(error)).toContain(`${PATH}:5:1`);
		expect(error.message).toMatch(/says "body: generated", but its body holds more than/);
	});

	test('another component (one showing Kazakh text) on a "body: generated" page fails', async () => {
		expect((await failureOf('<ActionPlan />\n', { body: 'generated' })).message).toMatch(/body: generated/);
	});

	test('a body of reader-language components only, without the field, fails: it would be shown as untranslated Kazakh', async () => {
		expect((await failureOf(LIST, { order: 1 })).message).toMatch(/add "body: generated" to its frontmatter/);
	});

	test('ordinary Kazakh pages, with or without components, need nothing', async () => {
		await expect(compilePage('Мәтін.\n\n<Dataset id="table-1" />\n', { order: 1 })).resolves.toBeDefined();
		await expect(compilePage('Мәтін.\n', { body: 'text' })).resolves.toBeDefined();
	});
});
