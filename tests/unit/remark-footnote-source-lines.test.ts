import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkFootnoteSourceLines } from '../../src/plugins/remark-footnote-source-lines';

async function compile(markdown: string) {
	const file = new VFile({ path: 'page.mdx', value: markdown });
	const html = String(
		await unified().use(remarkParse).use(remarkGfm).use(remarkFootnoteSourceLines).use(remarkRehype, { clobberPrefix: '' }).use(rehypeStringify).process(file),
	);
	return { $: load(html), frontmatter: (file.data as any).astro.frontmatter };
}

describe('remarkFootnoteSourceLines', () => {
	test('the marker becomes data-source-lines on the footnote and leaves the text', async () => {
		const { $ } = await compile('Text.[^3]\n\n[^3]: [@351-353] Қазақстан Республикасы.\n');
		expect($('li#fn-3 > p').attr('data-source-lines')).toBe('351-353');
		expect($('li#fn-3').text()).not.toContain('[@');
		expect($('li#fn-3 p').text()).toMatch(/^Қазақстан Республикасы\./);
	});

	test('several ranges are kept', async () => {
		const { $ } = await compile('A[^9]\n\n[^9]: [@10-11,14-14] x\n');
		expect($('li#fn-9 > p').attr('data-source-lines')).toBe('10-11,14-14');
	});

	test('footnote ids are exported as citable ids', async () => {
		const { frontmatter } = await compile('A[^1] b[^2]\n\n[^1]: x\n\n[^2]: y\n');
		expect(frontmatter.citableIds).toEqual(['fn-1', 'fn-2']);
	});

	test('a malformed marker fails with the footnote named', async () => {
		await expect(compile('A[^5]\n\n[^5]: [@351–353] x\n')).rejects.toThrow(/\[\^5\]/);
	});

	test('a footnote without a marker is left alone', async () => {
		const { $ } = await compile('A[^5]\n\n[^5]: plain note\n');
		expect($('li#fn-5 [data-source-lines]').attr('data-source-lines')).toBeUndefined();
	});
});
