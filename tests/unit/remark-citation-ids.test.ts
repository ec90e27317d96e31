import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkCitationIds, type CitationIdsOptions } from '../../src/plugins/remark-citation-ids';

/** Markdown → HTML through a real unified pipeline with the plugin. */
function processor(options?: CitationIdsOptions) {
	return unified().use(remarkParse).use(remarkCitationIds, options).use(remarkRehype).use(rehypeStringify);
}

async function toHtml(markdown: string, options?: CitationIdsOptions): Promise<string> {
	return String(await processor(options).process(markdown)).trim();
}

/** The error the pipeline throws (fails the test when it does not throw). */
async function failureOf(input: string | VFile, options?: CitationIdsOptions): Promise<Error & { file?: string; line?: number }> {
	try {
		await processor(options).process(input);
	} catch (error) {
		return error as Error & { file?: string; line?: number };
	}
	throw new Error(`expected the pipeline to fail on:\n${String(input)}`);
}

describe('remarkCitationIds: markers become ids', () => {
	test('a heading marker becomes the heading id and is removed from the text', async () => {
		expect(await toHtml('## Title [#s-1-2]')).toBe('<h2 id="s-1-2" data-cite="">Title</h2>');
	});

	test('a heading marker works after inline markup and at every level', async () => {
		const html = await toHtml('# Top [#s-1]\n\n### *Emphasis* and text [#s-1-2-3]\n\n###### Deep [#s-6]');
		expect(html).toContain('<h1 id="s-1" data-cite="">Top</h1>');
		expect(html).toContain('<h3 id="s-1-2-3" data-cite=""><em>Emphasis</em> and text</h3>');
		expect(html).toContain('<h6 id="s-6" data-cite="">Deep</h6>');
		expect(html).not.toContain('[#');
	});

	test('a paragraph marker becomes the paragraph id; the numbering after it is kept as text', async () => {
		expect(await toHtml('[#p-2] 2. Text')).toBe('<p id="p-2" data-cite="">2. Text</p>');
	});

	test('unmarked paragraphs get no id', async () => {
		expect(await toHtml('Just text.')).toBe('<p>Just text.</p>');
	});

	test('a paragraph marker in a tight list item keeps its <p> and id (the list is rendered loose)', async () => {
		// Regression: a tight list's items are unwrapped to bare <li> text, which silently dropped the id.
		const html = await toHtml('- [#p-1-1] first\n- second\n\n1. [#p-2-1] one');
		expect(html).toBe(
			'<ul>\n<li>\n<p id="p-1-1" data-cite="">first</p>\n</li>\n<li>\n<p>second</p>\n</li>\n</ul>\n' +
				'<ol>\n<li>\n<p id="p-2-1" data-cite="">one</p>\n</li>\n</ol>',
		);
	});

	test('a tight list without markers stays tight', async () => {
		expect(await toHtml('- first\n- second')).toBe('<ul>\n<li>first</li>\n<li>second</li>\n</ul>');
	});

	test('citableIds (every id, in document order) is exported in file.data.astro.frontmatter', async () => {
		const file = new VFile({ value: '## A [#s-1]\n\n[#p-1] one\n\ntwo\n\n[#p-2] three' });
		(file.data as Record<string, any>).astro = { frontmatter: { title: 'kept' } };
		await processor().process(file);
		const frontmatter = (file.data as Record<string, any>).astro.frontmatter;
		expect(frontmatter.citableIds).toEqual(['s-1', 'p-1', 'p-2']);
		// Frontmatter set before the plugin runs is preserved.
		expect(frontmatter.title).toBe('kept');
	});

	test('citableIds is an empty list when a file has no markers', async () => {
		const file = new VFile({ value: 'Plain text only.' });
		await processor().process(file);
		expect((file.data as Record<string, any>).astro.frontmatter.citableIds).toEqual([]);
	});

	test('requireHeadingIds: false lets headings go without a marker', async () => {
		expect(await toHtml('## Free heading', { requireHeadingIds: false })).toBe('<h2>Free heading</h2>');
	});
});

describe('remarkCitationIds: malformed sources fail', () => {
	test('a heading without a marker fails', async () => {
		const error = await failureOf('## Title without id');
		expect(error.message).toContain('has no citation id');
	});

	test('a duplicate id fails, naming the line of its first use', async () => {
		const error = await failureOf('## A [#s-1]\n\ntext\n\n[#s-1] again');
		expect(error.message).toContain('Duplicate citation id "#s-1"');
		expect(error.message).toContain('first used on line 1');
		expect(error.line).toBe(5);
	});

	test('a duplicate id between two paragraphs names the first paragraph’s line', async () => {
		const error = await failureOf('## A [#s-1]\n\n[#p-1] one\n\n[#p-2] two\n\n[#p-1] three');
		expect(error.message).toContain('Duplicate citation id "#p-1" (first used on line 3)');
		expect(error.line).toBe(7);
	});

	test.each([
		['upper case and underscore in a paragraph marker', '[#S_1] text'],
		['a heading marker with upper case', '## Title [#S-1]'],
		['an empty marker', '## Title [#]'],
		['a trailing hyphen', '[#s-1-] text'],
		['a leading digit', '[#1-s] text'],
		['non-ASCII letters', '[#бөлім-1] text'],
	])('an invalid id fails: %s', async (_, markdown) => {
		const error = await failureOf(markdown);
		expect(error.message).toContain('Invalid citation id');
	});

	test('a marker in the middle of a paragraph fails as misplaced', async () => {
		const error = await failureOf('Some text [#p-1] more text');
		expect(error.message).toContain('Misplaced citation marker');
		expect(error.message).toContain('Some text [#p-1] more text');
	});

	test('a second marker at the start of a paragraph is misplaced', async () => {
		const error = await failureOf('[#p-1] [#p-2] text');
		expect(error.message).toContain('Misplaced');
	});

	test('a heading marker followed by more text is misplaced', async () => {
		const error = await failureOf('## Title [#s-1] tail [#s-2]');
		expect(error.message).toContain('Misplaced');
	});

	test('the failure names the file and the position when the VFile has a path', async () => {
		const path = 'src/content/pages/concept-2000/section-9.mdx';
		const error = await failureOf(new VFile({ path, value: '## A [#s-1]\n\n## B' }));
		expect(error.file).toBe(path);
		expect(error.line).toBe(3);
		// What a build log prints (VFileMessage's string form: "path:line:column-…: reason").
		expect(String(error)).toContain(`${path}:3:1`);
		expect(String(error)).toContain('has no citation id');
	});
});

describe('remarkCitationIds in MDX (@mdx-js/mdx)', () => {
	async function compileMdx(mdx: string, path?: string): Promise<{ code: string; file: VFile }> {
		const file = new VFile({ value: mdx, path });
		const result = await compile(file, { remarkPlugins: [remarkCitationIds], jsx: true });
		return { code: String(result), file: result };
	}

	test('markers in MDX become ids and disappear from the text', async () => {
		const { code, file } = await compileMdx('## Title [#s-1]\n\n[#s-1-1] 1. First point {1 + 1}\n\nPlain paragraph.\n');
		expect(code).toContain('<_components.h2 id="s-1" data-cite="">{"Title"}</_components.h2>');
		expect(code).toMatch(/<_components\.p id="s-1-1" data-cite="">\{"1\. First point "\}/);
		expect(code).not.toContain('[#');
		expect((file.data as Record<string, any>).astro.frontmatter.citableIds).toEqual(['s-1', 's-1-1']);
	});

	test('a marker in an MDX list item keeps its id', async () => {
		const { code } = await compileMdx('## L [#s-1]\n\n- [#s-1-1] first\n- second\n');
		expect(code).toContain('<_components.p id="s-1-1" data-cite="">{"first"}</_components.p>');
	});

	test('markers next to JSX components work: the component is left alone', async () => {
		const { code } = await compileMdx('## Title <Sic>sic</Sic> [#s-2]\n\n[#p-1] See <Sic>this</Sic>.\n');
		expect(code).toContain('id="s-2"');
		expect(code).toContain('id="p-1"');
		expect(code).not.toContain('[#');
	});

	test('MDX fails like Markdown: heading without id, duplicate, misplaced marker', async () => {
		await expect(compileMdx('## No id\n')).rejects.toThrow('has no citation id');
		await expect(compileMdx('## A [#s-1]\n\n[#s-1] x\n')).rejects.toThrow('first used on line 1');
		await expect(compileMdx('## A [#s-1]\n\ntext [#p-1] text\n')).rejects.toThrow('Misplaced');
		await expect(compileMdx('## A [#S_1]\n')).rejects.toThrow('Invalid citation id');
	});

	test('an MDX failure carries the file path', async () => {
		const path = 'src/content/pages/doc/page.mdx';
		const error = await compileMdx('## A [#s-1]\n\n[#s-1] x\n', path).then(
			() => undefined,
			(e: Error & { file?: string }) => e,
		);
		expect(error?.file).toBe(path);
		expect(String(error)).toContain(path);
	});
});
