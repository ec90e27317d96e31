import { describe, expect, test } from 'vitest';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { remarkCitationIds } from '../../src/plugins/remark-citation-ids';
import { rehypeGlossaryLinks, type GlossaryOccurrence } from '../../src/plugins/rehype-glossary-links';
import type { LinkableTerm } from '../../src/matching/glossary-terms';

const term = (id: string, kk: string[], extra: Partial<LinkableTerm> = {}): LinkableTerm => ({
	id,
	forms: { kk: kk.map((text) => ({ term: id, text, abbreviation: /^\p{Lu}{2,}$/u.test(text) })), ru: [], en: [] },
	home: [],
	listedAt: [],
	...extra,
});
const TERMS = [
	term('oralman', ['оралман']),
	term('migration', ['көші-қон']),
	term('internal-migration', ['ішкі көші-қон'], { home: [{ document: 'doc', page: 'page', id: 'def' }] }),
	term('cis', ['ТМД'], { listedAt: [{ document: 'doc', page: 'page', id: 'abbr-1' }, { document: 'doc', page: 'page', id: 'gl-1' }] }),
];

/** Compiles MDX as the site does (citation ids, then the linker) and returns the tree and what the linker reported. */
async function link(mdx: string) {
	let tree: Root | undefined;
	const processor = createProcessor({
		remarkPlugins: [remarkCitationIds],
		rehypePlugins: [[rehypeGlossaryLinks, { terms: TERMS }], () => (t: Root) => void (tree = structuredClone(t))],
	});
	const file = new VFile({ path: '/site/src/content/pages/doc/page.mdx', value: mdx, data: { astro: { frontmatter: {} } } });
	await processor.process(file);
	const links: string[] = [];
	visit(tree!, 'element', (node) => {
		if (node.tagName !== 'a') return;
		const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
		if (node.properties.dataTerm) links.push(`${node.properties.dataTerm}:${text}`);
		if (node.properties.dataTermRef) links.push(`ref ${node.properties.dataTermRef}`);
	});
	const occurrences = (file.data.astro as { frontmatter: { glossaryOccurrences: GlossaryOccurrence[] } }).frontmatter.glossaryOccurrences;
	return { links, occurrences };
}

describe('rehypeGlossaryLinks', () => {
	test('links the first occurrence of each term in each citable unit, in any form, the longest term first', async () => {
		const { links, occurrences } = await link('[#p-1] Оралмандар мен оралмандардың ішкі көші-қонның түрі; көші-қон.\n\n[#p-2] Оралманға ТМД-ға.\n');
		expect(links).toEqual(['oralman:Оралмандар', 'internal-migration:ішкі көші-қонның', 'migration:көші-қон', 'oralman:Оралманға', 'cis:ТМД-ға']);
		expect(occurrences.map((o) => `${o.term}@${o.unit}`)).toEqual(['oralman@p-1', 'internal-migration@p-1', 'migration@p-1', 'oralman@p-2', 'cis@p-2']);
		expect(occurrences[0]).toMatchObject({ before: '', match: 'Оралмандар', after: ' мен оралмандардың ішкі көші-қонның түрі; көші-қон.' });
	});

	test('never links inside headings, links, code, foreign-language text or <Sic>, nor a term where it is defined', async () => {
		const mdx = [
			'## Оралман [#h-1]',
			'[#p-1] [оралман](/kk/x/) `оралман` <span lang="ru">оралман</span> <Sic>оралман</Sic> <EditorialNote>оралман</EditorialNote>',
			'[#def] Ішкі көші-қон — ел ішіндегі қоныс аудару.',
		].join('\n\n');
		const { links } = await link(mdx);
		expect(links).toEqual([]);
	});

	test('a block without an id is its own unit, and its backlink points at the nearest id before it', async () => {
		const { links, occurrences } = await link('## Тарау [#h-1]\n\nОралман.\n\nОралман.\n');
		expect(links).toEqual(['oralman:Оралман', 'oralman:Оралман']);
		expect(occurrences.map((o) => o.unit)).toEqual(['h-1', 'h-1']);
	});

	test('the document’s own glossary and abbreviation entries link to the site’s term: a heading by a line after it, a paragraph at its end', async () => {
		const { links } = await link('## ТМД [#gl-1]\n\n[#abbr-1] **ТМД** – Тәуелсіз Мемлекеттер Достастығы\n');
		expect(links).toEqual(['ref cis', 'cis:ТМД', 'ref cis']);
	});
});
