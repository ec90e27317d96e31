import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { LANGS, SOURCE_LANG, type Lang } from '../../src/schemas/i18n';
import { sourceLinesHref, sourceParts } from '../../src/utils/source-lines';
import type { BuiltPage } from '../../src/checks/dist';
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
/** A line element's number, from its id `L{n}`. */
const lineNumber = (line: LineElement) => Number(line.attribs.id!.slice(1));

describe('source text pages (/{lang}/{doc}/source/)', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const published = documents().filter((d) => d.published);
	/**
	 * The pages that show a document's source lines in a language, in line order: its source page for
	 * a short source, the parts (…/source/lines-{first}-{last}/) for a long one.
	 */
	const linePages = (lang: string, slug: string, lineCount: number): BuiltPage[] => {
		const parts = sourceParts(lineCount);
		const paths = parts.length === 1 ? [`/${lang}/${slug}/source/`] : parts.map(({ first, last }) => `/${lang}/${slug}/source/lines-${first}-${last}/`);
		return paths.map((path) => {
			const page = byPath.get(path);
			if (!page) expect.fail(`${path} was not built`);
			return page;
		});
	};

	it('every published document has its source text in kk, ru and en: every line of its seed file, verbatim, in order, as L1…Ln', () => {
		expect(published).toHaveLength(5);
		for (const doc of published) {
			const expected = fileLines(sourceText(doc));
			for (const lang of LANGS) {
				const lines = linePages(lang, doc.slug, expected.length).flatMap((page) => {
					expect(page.$('[data-source-text]').attr('lang'), page.path).toBe(SOURCE_LANG);
					return lineElements(page.$).map((line) => ({ page: page.path, line }));
				});
				expect(lines, `${lang} ${doc.slug}`).toHaveLength(expected.length);
				lines.forEach(({ page, line }, i) => {
					const n = i + 1;
					const [number, ...text] = line.children;
					const numberOk = line.attribs.id === `L${n}` && number?.type === 'tag' && number.name === 'a' && number.attribs.href === `#L${n}` && textOf([number]) === String(n);
					if (!numberOk) expect.fail(`${page}: line ${n} is not <p id="L${n}"><a href="#L${n}">${n}</a>…`);
					if (textOf(text) !== expected[i]) expect(textOf(text), `${page} line ${n}`).toBe(expected[i]);
				});
			}
		}
	});

	it('a source longer than 1,000 lines is shown in parts of 1,000, listed on its source page, each with the way to the others', () => {
		const long = published.filter((doc) => fileLines(sourceText(doc)).length > 1000);
		expect(long.map((doc) => doc.slug).sort()).toEqual(['almaty-internal-migration', 'profile-2014-2019']);
		for (const doc of long) {
			const parts = sourceParts(fileLines(sourceText(doc)).length);
			for (const lang of LANGS) {
				const $ = byPath.get(`/${lang}/${doc.slug}/source/`)!.$;
				expect($('[data-source-text]'), `/${lang}/${doc.slug}/source/ shows no lines itself`).toHaveLength(0);
				const listed = $('.source-parts a[data-first]').map((_, a) => `${$(a).attr('data-first')}-${$(a).attr('data-last')} ${$(a).attr('href')}`).get();
				expect(listed).toEqual(parts.map(({ first, last }) => `${first}-${last} /${lang}/${doc.slug}/source/lines-${first}-${last}/`));
				linePages(lang, doc.slug, parts.at(-1)!.last).forEach((page, i) => {
					expect(page.$('html').attr('lang')).toBe(lang);
					expect(page.$('.source-part-nav a, .source-part-nav [aria-current]'), page.path).toHaveLength(parts.length);
					expect(page.$('.source-part-nav [aria-current="page"]').text()).toContain(String(parts[i]!.first));
					expect(page.$('a[rel="prev"]').length, page.path).toBe(i > 0 ? 1 : 0);
					expect(page.$('a[rel="next"]').attr('href'), page.path).toBe(parts[i + 1] ? `/${lang}/${doc.slug}/source/lines-${parts[i + 1]!.first}-${parts[i + 1]!.last}/` : undefined);
					expect(page.$(`.source-about a[href="/${lang}/${doc.slug}/source/"]`), page.path).toHaveLength(1);
				});
			}
		}
	});

	it('lines the edition leaves out (source.omitted) are marked as such, with the reason once per range on each page', () => {
		for (const doc of published) {
			const lineCount = fileLines(sourceText(doc)).length;
			const ranges = doc.source.omitted.flatMap((o) => o.lines.map((range) => ({ range, reason: o.reason })));
			const isOmitted = (n: number) => ranges.some(({ range: [a, b] }) => n >= a && n <= b);
			for (const lang of LANGS) {
				for (const page of linePages(lang, doc.slug, lineCount)) {
					const $ = page.$;
					const lines = lineElements($);
					const [pageFirst, pageLast] = [lineNumber(lines[0]!), lineNumber(lines.at(-1)!)];
					const onPage = ranges.filter(({ range: [a, b] }) => b >= pageFirst && a <= pageLast);
					expect($('.source-omitted'), page.path).toHaveLength(onPage.length);
					// Each line's omitted block (the parent of its run of lines), or none, by line number.
					const blockOf = new Map(
						lines.map((line) => {
							const parent = line.parent?.parent as LineElement | null;
							return [lineNumber(line), parent?.attribs.class === 'source-omitted' ? parent : undefined];
						}),
					);
					for (const [n, block] of blockOf) {
						if (Boolean(block) !== isOmitted(n)) expect.fail(`${page.path}: line ${n} is ${block ? '' : 'not '}marked as omitted`);
					}
					for (const { range, reason } of onPage) {
						const [first, last] = [Math.max(range[0], pageFirst), Math.min(range[1], pageLast)];
						const block = blockOf.get(first)!;
						expect(blockOf.get(first - 1), `L${first} starts its block`).not.toBe(block);
						expect(blockOf.get(last), `L${last} is in the block of L${first}`).toBe(block);
						expect(blockOf.get(last + 1), `L${last} ends its block`).not.toBe(block);
						const note = $(block).children('.source-omitted-note');
						expect(note).toHaveLength(1);
						expect(note.attr('lang')).toBe(lang);
						expect(note.text()).toContain(reason[lang]);
					}
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
		// The search indexes hold no source page (their fragments are gzipped JSON, one per record).
		const urls = ['pagefind-kk-units', 'pagefind-units'].flatMap((bundle) =>
			readdirSync(join(DIST, bundle, 'fragment')).map((f) => (JSON.parse(gunzipSync(readFileSync(join(DIST, bundle, 'fragment', f))).toString().replace(/^pagefind_dcd/, '')) as { url: string }).url),
		);
		expect(urls.length).toBeGreaterThan(1000);
		expect(urls.filter((url) => url.includes('/source/'))).toEqual([]);
	});

	const lineCounts = new Map(published.map((d) => [d.slug, fileLines(sourceText(d)).length]));

	it('every dataset’s “lines N–M” links to those lines of its source page, in every language', () => {
		let count = 0;
		for (const page of pages) {
			const $ = page.$;
			$('figure[data-dataset]').each((_, figure) => {
				const [lang, doc] = page.path.split('/').filter(Boolean);
				const id = $(figure).attr('data-dataset')!;
				const json = JSON.parse(readFileSync(join(DIST, 'data', doc!, `${id}.json`), 'utf8')) as { provenance: { sourceLines: [number, number][] } };
				const hrefs = $(figure).find('.dataset-provenance a').map((_, a) => $(a).attr('href')).get();
				expect(hrefs, `${page.path}#${id}`).toEqual(json.provenance.sourceLines.map((range) => sourceLinesHref(lang as Lang, doc!, lineCounts.get(doc!)!, range)));
				count++;
			});
		}
		expect(count).toBeGreaterThan(100 * 3);
	});

	it('every link to source lines, anywhere, names lines its source page has, and says which in its text', () => {
		let count = 0;
		for (const page of pages) {
			const $ = page.$;
			$('a[href*="/source/"]').each((_, a) => {
				const href = $(a).attr('href')!;
				const match = /^\/(kk|ru|en)\/([a-z0-9-]+)\/source\/(?:lines-(\d+)-(\d+)\/)?(?:\?lines=(\d+)-(\d+))?#L(\d+)$/.exec(href);
				if (!match) return; // a link to a page of the source itself
				const [, , doc, partFirst, partLast, first, last, line] = match;
				const lines = lineCounts.get(doc!)!;
				const end = Number(last ?? line);
				expect(Number(line), `${page.path}: ${href}`).toBeLessThanOrEqual(lines);
				// A long source's line is linked on its part; a short source's on its page.
				if (partFirst) expect(Number(line) >= Number(partFirst) && Number(line) <= Number(partLast), `${page.path}: ${href}`).toBe(true);
				expect(Boolean(partFirst), `${page.path}: ${href}`).toBe(lines > 1000);
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
