import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { LANGS } from '../../src/schemas/i18n';
import { useTranslations } from '../../src/translations';
import { sourceLinesHref, splitLineReferences, splitSeedLines } from '../../src/utils/source-lines';
import { sourceBlocks } from '../../src/utils/source-text';
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

describe('sourceLinesHref', () => {
	test('one line is its fragment; a range adds ?lines=N-M for the source page to mark', () => {
		expect(sourceLinesHref('kk', 'doc', [12, 12])).toBe('/kk/doc/source/#L12');
		expect(sourceLinesHref('en', 'doc', [1064, 1067])).toBe('/en/doc/source/?lines=1064-1067#L1064');
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
			{ page: '/ru/doc/source/', problem: 'source line ids must run L1…L3 in order: "L3" is element 2' },
			{ page: '/en/doc/source/', problem: 'shows 2 source lines, /kk/doc/source/ shows 3' },
		]);
	});
});
