import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeContentUi } from '../../src/plugins/rehype-content-ui';
import config from '../../astro.config';

/** GFM Markdown → HTML, as the site configures it: footnote ids without the `user-content-` prefix. */
async function toHtml(markdown: string, { withPlugin = true } = {}): Promise<string> {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { clobberPrefix: '' });
	if (withPlugin) processor.use(rehypeContentUi);
	return String(await processor.use(rehypeStringify).process(markdown));
}

const FOOTNOTES = 'Text one[^42] and two[^7], again[^42].\n\n[^42]: Forty-two.\n\n[^7]: Seven.\n';

describe('rehypeContentUi: GFM footnotes keep the source’s numbers', () => {
	test('a footnote [^42] gets the ids fn-42 / fnref-42', async () => {
		const $ = load(await toHtml('Text[^42].\n\n[^42]: Note.\n'));
		expect($('sup a').attr('id')).toBe('fnref-42');
		expect($('sup a').attr('href')).toBe('#fn-42');
		expect($('li#fn-42')).toHaveLength(1);
		expect($('li#fn-42 a[data-footnote-backref]').attr('href')).toBe('#fnref-42');
	});

	test('references show the source’s number, not GFM’s running count', async () => {
		const $ = load(await toHtml(FOOTNOTES));
		const refs = $('a[data-footnote-ref]');
		expect(refs.map((_, el) => $(el).text()).get()).toEqual(['42', '7', '42']);
		expect(refs.map((_, el) => $(el).attr('id')).get()).toEqual(['fnref-42', 'fnref-7', 'fnref-42-2']);
		// Without the plugin GFM would print 1, 2, 1.
		const $plain = load(await toHtml(FOOTNOTES, { withPlugin: false }));
		expect($plain('a[data-footnote-ref]').map((_, el) => $plain(el).text()).get()).toEqual(['1', '2', '1']);
	});

	test('a named footnote shows its name', async () => {
		const $ = load(await toHtml('Text[^note].\n\n[^note]: A note.\n'));
		expect($('a[data-footnote-ref]').text()).toBe('note');
		expect($('a[data-footnote-ref]').attr('href')).toBe('#fn-note');
	});

	test('the footnote heading gets data-ui="footnotes.label"', async () => {
		const $ = load(await toHtml(FOOTNOTES));
		const label = $('section[data-footnotes] h2#footnote-label');
		expect(label).toHaveLength(1);
		expect(label.attr('data-ui')).toBe('footnotes.label');
	});

	test('back-links get data-ui-label and lose GFM’s English aria-label', async () => {
		const $ = load(await toHtml(FOOTNOTES));
		const backrefs = $('a[data-footnote-backref]');
		expect(backrefs).toHaveLength(3); // fn-42 has two back-links, fn-7 one
		backrefs.each((_, el) => {
			expect($(el).attr('data-ui-label')).toBe('footnotes.backToRef');
			expect($(el).attr('aria-label')).toBeUndefined();
		});
		// Control: GFM does add an English label, which the plugin removes.
		const $plain = load(await toHtml(FOOTNOTES, { withPlugin: false }));
		expect($plain('a[data-footnote-backref]').first().attr('aria-label')).toMatch(/^Back to reference/);
	});

	test('ordinary links and headings are not tagged as footnote UI', async () => {
		const $ = load(await toHtml('## Footnotes\n\n[link](#fn-1)\n'));
		expect($('h2').attr('data-ui')).toBeUndefined();
		expect($('a').text()).toBe('link');
		expect($('a').attr('data-ui-label')).toBeUndefined();
	});
});

describe('rehypeContentUi: headings', () => {
	test('every heading h1–h6 gets data-level', async () => {
		const $ = load(await toHtml('# a\n\n## b\n\n### c\n\n#### d\n\n##### e\n\n###### f\n'));
		expect($('h1, h2, h3, h4, h5, h6').map((_, el) => `${el.tagName}:${$(el).attr('data-level')}`).get()).toEqual([
			'h1:1',
			'h2:2',
			'h3:3',
			'h4:4',
			'h5:5',
			'h6:6',
		]);
	});

	test('other elements get no data-level', async () => {
		const $ = load(await toHtml('Paragraph\n\n| a |\n| - |\n| b |\n'));
		expect($('[data-level]')).toHaveLength(0);
	});
});

describe('the project’s Markdown pipeline (astro.config.ts markdown.processor)', () => {
	const processor = config.markdown!.processor as unknown as {
		createRenderer(shared: object): Promise<{ render(md: string): Promise<{ code: string; metadata: { frontmatter: Record<string, unknown> } }> }>;
		createMdxRenderer(shared: object, mdx: object): Promise<{ process(mdx: string, path: string, frontmatter: object): Promise<{ code: string }> }>;
	};
	const source = '## Heading [#s-1]\n\n[#s-1-1] Text[^42] with "straight quotes" -- and dashes.\n\n[^42]: Note.\n';

	test('Markdown: citation ids, source footnote numbers, UI keys; SmartyPants off', async () => {
		const { code, metadata } = await (await processor.createRenderer({ syntaxHighlight: false })).render(source);
		const $ = load(code);
		expect($('h2#s-1').attr('data-level')).toBe('2');
		expect($('h2#s-1').attr('data-cite')).toBe('');
		expect($('p#s-1-1').attr('data-cite')).toBe('');
		expect($('a[data-footnote-ref]').attr('id')).toBe('fnref-42');
		expect($('a[data-footnote-ref]').text()).toBe('42');
		expect($('li#fn-42')).toHaveLength(1);
		expect($('#footnote-label').attr('data-ui')).toBe('footnotes.label');
		expect($('a[data-footnote-backref]').attr('data-ui-label')).toBe('footnotes.backToRef');
		// Verbatim legal text: quotation marks and dashes are not rewritten.
		expect($('p#s-1-1').text()).toContain('"straight quotes" -- and dashes');
		expect(metadata.frontmatter.citableIds).toEqual(['s-1', 's-1-1', 'fn-42']);
	});

	test('MDX: the same plugins run (ids, footnotes, UI keys)', async () => {
		const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
		const { code } = await renderer.process(source, '/virtual/src/content/pages/doc/page.mdx', {});
		expect(code).toContain('id: "s-1"');
		expect(code).toContain('id: "s-1-1"');
		expect(code).toContain('"data-level": "2"');
		expect(code).toContain('id: "fnref-42"');
		expect(code).toContain('id: "fn-42"');
		expect(code).toContain('"data-ui": "footnotes.label"');
		expect(code).toContain('"data-ui-label": "footnotes.backToRef"');
		expect(code).toContain('"citableIds": ["s-1", "s-1-1", "fn-42"]');
		expect(code).not.toContain('[#');
	});

	test('MDX: a heading without a citation id fails, naming the file', async () => {
		const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
		const path = '/virtual/src/content/pages/doc/page.mdx';
		const error = await renderer.process('## No id\n', path, {}).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(String(error)).toContain('has no citation id');
		expect(String(error)).toContain(path);
	});
});

describe('footnotes of a page that starts mid-report', () => {
	test('each list item shows the source’s number', async () => {
		const $ = load(await toHtml('A[^42] b[^43].\n\n[^42]: x.\n\n[^43]: y.\n'));
		expect($('li#fn-42').attr('value')).toBe('42');
		expect($('li#fn-43').attr('value')).toBe('43');
	});
});
