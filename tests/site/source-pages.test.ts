import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { LANGS, SOURCE_LANG } from '../../src/schemas/i18n';
import { builtPages, DIST } from '../helpers/dist';
import { documents, sourceText } from '../helpers/documents';

/** The seed file's lines as an editor counts them: split at "\n", the empty rest after a final newline is no line. */
function fileLines(text: string): string[] {
	const lines = text.split('\n');
	return text.endsWith('\n') ? lines.slice(0, -1) : lines;
}

/** What the tests read of a parsed node (read from the nodes themselves: cheerio wrappers, 37,000 times over, are slow). */
interface DomNode {
	type: string;
	data?: string;
	children?: DomNode[];
}
const textOf = (nodes: DomNode[]): string => nodes.map((node) => (node.type === 'text' ? node.data! : textOf(node.children ?? []))).join('');

/** A source page's line elements, `[data-source-text] p[id]`, in order. */
const lineElements = ($: CheerioAPI) => $('[data-source-text] p[id]').toArray();
type LineElement = ReturnType<typeof lineElements>[number];

describe('source text pages (/{lang}/{doc}/source/)', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const published = documents().filter((d) => d.published);

	it('every published document has its source page in kk, ru and en: every line of its seed file, verbatim, in order, as L1…Ln', () => {
		expect(published).toHaveLength(5);
		for (const doc of published) {
			const expected = fileLines(sourceText(doc));
			for (const lang of LANGS) {
				const page = byPath.get(`/${lang}/${doc.slug}/source/`);
				expect(page, `/${lang}/${doc.slug}/source/`).toBeDefined();
				const $ = page!.$;
				const text = $('[data-source-text]');
				expect(text.attr('lang')).toBe(SOURCE_LANG);
				const lines = lineElements($);
				expect(lines, `${lang} ${doc.slug}`).toHaveLength(expected.length);
				lines.forEach((line, i) => {
					const n = i + 1;
					const [number, ...text] = line.children;
					const numberOk = line.attribs.id === `L${n}` && number?.type === 'tag' && number.name === 'a' && number.attribs.href === `#L${n}` && textOf([number]) === String(n);
					if (!numberOk) expect.fail(`/${lang}/${doc.slug}/source/: line ${n} is not <p id="L${n}"><a href="#L${n}">${n}</a>…`);
					if (textOf(text) !== expected[i]) expect(textOf(text), `/${lang}/${doc.slug}/source/ line ${n}`).toBe(expected[i]);
				});
			}
		}
	});

	it('lines the edition leaves out (source.omitted) are marked as such, with the reason once per range', () => {
		for (const doc of published) {
			const ranges = doc.source.omitted.flatMap((o) => o.lines.map((range) => ({ range, reason: o.reason })));
			for (const lang of LANGS) {
				const $ = byPath.get(`/${lang}/${doc.slug}/source/`)!.$;
				expect($('.source-omitted'), `${lang} ${doc.slug}`).toHaveLength(ranges.length);
				// Each line's omitted block (the parent of its run of lines), or none.
				const blockOf = lineElements($).map((line) => {
					const parent = line.parent?.parent as LineElement | null;
					return parent?.attribs.class === 'source-omitted' ? parent : undefined;
				});
				const isOmitted = (n: number) => ranges.some(({ range: [a, b] }) => n >= a && n <= b);
				blockOf.forEach((block, i) => {
					if (Boolean(block) !== isOmitted(i + 1)) expect.fail(`/${lang}/${doc.slug}/source/: line ${i + 1} is ${block ? '' : 'not '}marked as omitted`);
				});
				for (const { range: [first, last], reason } of ranges) {
					const block = blockOf[first - 1]!;
					expect(blockOf[first - 2], `L${first} starts its block`).not.toBe(block);
					expect(blockOf[last - 1], `L${last} is in the block of L${first}`).toBe(block);
					expect(blockOf[last], `L${last} ends its block`).not.toBe(block);
					const note = $(block).children('.source-omitted-note');
					expect(note).toHaveLength(1);
					expect(note.attr('lang')).toBe(lang);
					expect(note.text()).toContain(reason[lang]);
				}
			}
		}
	});

	it('is linked from its landing page, left out of the search index, and in the reader’s language around the text', () => {
		for (const doc of published) {
			for (const lang of LANGS) {
				const landing = byPath.get(`/${lang}/${doc.slug}/`)!.$;
				expect(landing(`.doc-source a[href="/${lang}/${doc.slug}/source/"]`), `/${lang}/${doc.slug}/`).toHaveLength(1);
				expect(landing('.doc-source').text()).not.toContain('sources/');
				const $ = byPath.get(`/${lang}/${doc.slug}/source/`)!.$;
				expect($('html').attr('lang')).toBe(lang);
				expect($('[data-pagefind-body]')).toHaveLength(0);
				expect($(`.source-about a[href="/${lang}/${doc.slug}/"]`).length).toBeGreaterThan(0);
			}
		}
		// Pagefind's index holds no source page (its fragments are gzipped JSON, one per page indexed).
		const fragments = readdirSync(join(DIST, 'pagefind', 'fragment'));
		const urls = fragments.map((f) => (JSON.parse(gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', f))).toString().replace(/^pagefind_dcd/, '')) as { url: string }).url);
		expect(urls.length).toBeGreaterThan(100);
		expect(urls.filter((url) => url.includes('/source/'))).toEqual([]);
	});

	it('every dataset’s “lines N–M” links to those lines of its source page, in every language', () => {
		let count = 0;
		for (const page of pages) {
			const $ = page.$;
			$('figure[data-dataset]').each((_, figure) => {
				const [lang, doc] = page.path.split('/').filter(Boolean);
				const id = $(figure).attr('data-dataset')!;
				const json = JSON.parse(readFileSync(join(DIST, 'data', doc!, `${id}.json`), 'utf8')) as { provenance: { sourceLines: [number, number][] } };
				const hrefs = $(figure).find('.dataset-provenance a').map((_, a) => $(a).attr('href')).get();
				expect(hrefs, `${page.path}#${id}`).toEqual(json.provenance.sourceLines.map(([a, b]) => (a === b ? `/${lang}/${doc}/source/#L${a}` : `/${lang}/${doc}/source/?lines=${a}-${b}#L${a}`)));
				count++;
			});
		}
		expect(count).toBeGreaterThan(100 * 3);
	});

	it('every link to source lines, anywhere, names lines its source page has, and says which in its text', () => {
		const lineCounts = new Map(published.map((d) => [d.slug, fileLines(sourceText(d)).length]));
		let count = 0;
		for (const page of pages) {
			const $ = page.$;
			$('a[href*="/source/"]').each((_, a) => {
				const href = $(a).attr('href')!;
				const match = /^\/(kk|ru|en)\/([a-z0-9-]+)\/source\/(?:\?lines=(\d+)-(\d+))?#L(\d+)$/.exec(href);
				if (!match) return; // the link to the page itself
				const [, , doc, first, last, line] = match;
				const lines = lineCounts.get(doc!)!;
				const end = Number(last ?? line);
				expect(Number(line), `${page.path}: ${href}`).toBeLessThanOrEqual(lines);
				if (first) {
					expect(first).toBe(line);
					expect(end).toBeGreaterThan(Number(first));
					expect(end, `${page.path}: ${href}`).toBeLessThanOrEqual(lines);
				}
				expect($(a).text()).toBe(first ? `${first}–${end}` : line);
				count++;
			});
		}
		expect(count).toBeGreaterThan(1000);
	});
});
