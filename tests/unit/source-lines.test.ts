import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { LANGS } from '../../src/schemas/i18n';
import { useTranslations } from '../../src/dictionaries';
import { sourceLineRoute, sourceLinesHref, sourceParts, splitLineReferences, splitSeedLines } from '../../src/utils/source-lines';
import { blocksOfPart, sourceBlocks } from '../../src/utils/source-text';
import { checkSourcePages } from '../../src/checks/source-pages';
import type { BuiltPage } from '../../src/checks/dist';

/** The ranges a text's line references are split into. */
const ranges = (text: string) => splitLineReferences(text).flatMap((part) => (typeof part === 'string' ? [] : [part.range]));

describe('splitSeedLines', () => {
	test('numbers the lines from 1; a final newline ends the last line, it does not start another', () => {
		expect(splitSeedLines('a\nb\n')).toEqual(['a', 'b']);
		expect(splitSeedLines('a\nb\n\n')).toEqual(['a', 'b', '']);
		expect(splitSeedLines('a\n ')).toEqual(['a', ' ']);
	});
});

describe('sourceParts', () => {
	test('a source of up to 1,000 lines is one page; a longer one is cut into parts of 1,000, the last holding the rest', () => {
		expect(sourceParts(981)).toEqual([{ first: 1, last: 981 }]);
		expect(sourceParts(1000)).toEqual([{ first: 1, last: 1000 }]);
		expect(sourceParts(1001)).toEqual([{ first: 1, last: 1000 }, { first: 1001, last: 1001 }]);
		expect(sourceParts(6861).map(({ first, last }) => `${first}-${last}`)).toEqual(['1-1000', '1001-2000', '2001-3000', '3001-4000', '4001-5000', '5001-6000', '6001-6861']);
	});

	test('a line’s page is the source page of a short source, else the part that holds it', () => {
		expect(sourceLineRoute('doc', 981, 981)).toBe('doc/source');
		expect(sourceLineRoute('doc', 6861, 1000)).toBe('doc/source/lines-1-1000');
		expect(sourceLineRoute('doc', 6861, 1001)).toBe('doc/source/lines-1001-2000');
		expect(sourceLineRoute('doc', 6861, 6861)).toBe('doc/source/lines-6001-6861');
		expect(() => sourceLineRoute('doc', 6861, 6862)).toThrow("doc: line 6862 is not in the source text's 6861 lines");
	});
});

describe('sourceLinesHref', () => {
	test('one line is its fragment; a range adds ?lines=N-M for the source page to mark', () => {
		expect(sourceLinesHref('kk', 'doc', 981, [12, 12])).toBe('/kk/doc/source/#L12');
		expect(sourceLinesHref('en', 'doc', 981, [64, 67])).toBe('/en/doc/source/?lines=64-67#L64');
	});

	test('in a long source, the link goes to the part that holds the first line', () => {
		expect(sourceLinesHref('en', 'doc', 6861, [1064, 1067])).toBe('/en/doc/source/lines-1001-2000/?lines=1064-1067#L1064');
		expect(sourceLinesHref('ru', 'doc', 6861, [995, 1005])).toBe('/ru/doc/source/lines-1-1000/?lines=995-1005#L995');
	});
});

describe('splitLineReferences', () => {
	test('finds references to source lines in the three languages, keeping the text as written', () => {
		const text = 'Мәтін (1814–1816-жолдар) және 2003–2005 және 2016-жолдар; 1317-жолдағы атау.';
		expect(ranges(text)).toEqual([[1814, 1816], [2003, 2005], [2016, 2016], [1317, 1317]]);
		expect(splitLineReferences(text).map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(text);
		expect(ranges('Текст (строки 1801, 1803–1804, 1806) и строка 3085; в строках 1766–1768; из строк 12–30')).toEqual([[1801, 1801], [1803, 1804], [1806, 1806], [3085, 3085], [1766, 1768], [12, 30]]);
		expect(ranges('The text (lines 3060–3070: values; line 3085: years), lines 2003–2005 and 2016.')).toEqual([[3060, 3070], [3085, 3085], [2003, 2005], [2016, 2016]]);
	});

	test('leaves alone numbers that are not source lines', () => {
		// A count of table rows, a table's row for a year, years, axis ticks, a figure's number.
		expect(ranges('«Білімділік деңгейі» (4 жол), сумма (29 жол)')).toEqual([]);
		expect(ranges('см. строку 2017 года; между строками 2007 и 2008 годов; строка 2017 года')).toEqual([]);
		expect(ranges('The axis ticks (lines 3072–3083, 16400000…18600000)')).toEqual([[3072, 3083]]);
		expect(ranges('(1.3.12–2.4.10-суреттер, 1–107-жолдар)')).toEqual([[1, 107]]);
		expect(ranges('Guidelines 12 and outlines 3')).toEqual([]);
	});

	test('the UI strings that name lines are found in every language', () => {
		for (const lang of LANGS) {
			const t = useTranslations(lang);
			expect(ranges(t('dataset.provenance', { lines: '12–30, 35–40' })), lang).toEqual([[12, 30], [35, 40]]);
			expect(ranges(t('doc.omittedLines', { lines: '1–107' })), lang).toEqual([[1, 107]]);
			expect(ranges(t('doc.omittedLine', { line: 5 })), lang).toEqual([[5, 5]]);
			expect(ranges(t('plan.basis.named', { line: 848 })), lang).toEqual([[848, 848]]);
		}
	});
});

describe('sourceBlocks', () => {
	const reason = { kk: 'k', ru: 'r', en: 'e' };
	const doc = (omitted: [number, number][][]) => ({ slug: 'doc', source: { origin: reason, editors: [], omitted: omitted.map((lines) => ({ lines, reason })) } });

	test('cuts the lines at the omitted ranges, in line order', () => {
		expect(sourceBlocks(doc([[[8, 9]], [[1, 2], [5, 5]]]), 10)).toEqual([
			{ first: 1, last: 2, reason },
			{ first: 3, last: 4 },
			{ first: 5, last: 5, reason },
			{ first: 6, last: 7 },
			{ first: 8, last: 9, reason },
			{ first: 10, last: 10 },
		]);
	});

	test('an overlapping range, or one past the end, fails naming the document file', () => {
		expect(() => sourceBlocks(doc([[[1, 5]], [[5, 6]]]), 10)).toThrow('src/content/documents/doc.yaml: source.omitted lines 5–6 overlap');
		expect(() => sourceBlocks(doc([[[9, 11]]]), 10)).toThrow('run past the text');
	});
});

describe('checkSourcePages', () => {
	const page = (path: string, ids: string[]): BuiltPage => ({
		path,
		file: `/virtual${path}index.html`,
		$: load(`<div data-source-text>${ids.map((id) => `<p id="${id}"><a href="#${id}">${id.slice(1)}</a>x</p>`).join('')}</div>`),
	});

	test('lines numbered L1…Ln alike in every language pass; a gap, or a language with fewer lines, is reported', () => {
		const ok = ['L1', 'L2', 'L3'];
		expect(checkSourcePages(LANGS.map((lang) => page(`/${lang}/doc/source/`, ok)))).toEqual([]);
		expect(checkSourcePages([page('/kk/doc/source/', ok), page('/ru/doc/source/', ['L1', 'L3', 'L4']), page('/en/doc/source/', ok.slice(0, 2))])).toEqual([
			{ page: '/ru/doc/source/', problem: 'source line ids must be a run L{a}…L{b} in order: element 2 is "L3"' },
			{ page: '/ru/doc/source/', problem: 'shows source lines as nothing; /kk/ shows /{lang}/doc/source/ L1–L3' },
			{ page: '/en/doc/source/', problem: 'shows source lines as /{lang}/doc/source/ L1–L2; /kk/ shows /{lang}/doc/source/ L1–L3' },
		]);
	});

	test('the parts of a long source pass when together they show L1…Ln once; a missing or overlapping part is reported', () => {
		const parts = (lang: string, runs: [string, string[]][]) => runs.map(([slug, ids]) => page(`/${lang}/doc/source/${slug}/`, ids));
		const good: [string, string[]][] = [['lines-1-2', ['L1', 'L2']], ['lines-3-4', ['L3', 'L4']]];
		expect(checkSourcePages(LANGS.flatMap((lang) => parts(lang, good)))).toEqual([]);
		const problems = checkSourcePages([...parts('kk', good), ...parts('ru', [good[1]!]), ...parts('en', [good[0]!, ['lines-2-4', ['L2', 'L3', 'L4']]])]);
		expect(problems.map((p) => `${p.page}: ${p.problem.split(' (')[0]!.split(';')[0]}`)).toEqual([
			'/ru/doc/source/lines-3-4/: source lines start at L3: L1 was expected',
			'/en/doc/source/lines-2-4/: source lines start at L2: L3 was expected',
			'/ru/doc/source/: shows source lines as /{lang}/doc/source/lines-3-4/ L3–L4',
			'/en/doc/source/: shows source lines as /{lang}/doc/source/lines-1-2/ L1–L2, /{lang}/doc/source/lines-2-4/ L2–L4',
		]);
	});
});

describe('blocksOfPart', () => {
	test('cuts the blocks at a part’s edges: an omitted range across two parts is marked in both', () => {
		const reason = { kk: 'k', ru: 'r', en: 'e' };
		const blocks = [{ first: 1, last: 995 }, { first: 996, last: 1004, reason }, { first: 1005, last: 1500 }];
		expect(blocksOfPart(blocks, { first: 1, last: 1000 })).toEqual([{ first: 1, last: 995 }, { first: 996, last: 1000, reason }]);
		expect(blocksOfPart(blocks, { first: 1001, last: 1500 })).toEqual([{ first: 1001, last: 1004, reason }, { first: 1005, last: 1500 }]);
	});
});
