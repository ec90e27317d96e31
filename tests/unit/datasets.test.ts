import { describe, expect, it } from 'vitest';
import { datasetSchema, type DatasetData } from '../../src/schemas/dataset';
import { checkProvenance } from '../../src/checks/provenance';
import { resolveDataset } from '../../src/utils/dataset-model';
import { chartPayload } from '../../src/utils/dataset-chart';
import { datasetCsv, datasetJson } from '../../src/utils/dataset-export';
import { formatNumber } from '../../src/utils/number-format';
import { findPrinted, parsePrinted } from '../../src/utils/printed-numbers';

const tri = (text: string) => ({ kk: text, ru: `${text} (ru)`, en: `${text} (en)` });

/** A small dataset in the shape of the article's Table 1, keyed from `SOURCE` lines 2–6. */
const SOURCE = ['Кесте – 1', 'мезгіл келгені кеткені айырымы', 'I 1788 714 1074', 'II 1 662 596 1066', 'IV 1200 1252 -52', 'I-IX 20383 10201 10182', '*[8] дереккөз'];
function dataset(overrides: Partial<Record<keyof DatasetData, unknown>> = {}): DatasetData {
	return datasetSchema.parse({
		kind: 'table',
		page: 'main',
		label: 'Кесте – 1',
		number: '1',
		caption: tri('Көші-қон'),
		sourceLines: [[1, 7]],
		columns: [
			{ key: 'period', type: 'label', label: tri('мезгіл') },
			{ key: 'arrivals', type: 'number', label: tri('келгені') },
			{ key: 'departures', type: 'number', label: tri('кеткені') },
			{ key: 'net', type: 'number', label: tri('айырымы') },
		],
		rows: [
			{ cells: ['I', '1788', '714', '1074'] },
			{ cells: ['II', '1 662', '596', '1066'] },
			{ cells: [tri('IV'), '1200', '1252', '-52'] },
			{ cells: ['I-IX', '20383', '10201', '10182'], total: true },
		],
		chart: { type: 'bar', series: ['arrivals', 'net'] },
		...overrides,
	});
}

describe('parsePrinted: numbers as the sources print them', () => {
	it.each([
		['2 222 782', ',', 2222782, 0],
		['2\u00a0222\u00a0782', ',', 2222782, 0],
		['9100,0', ',', 9100, 1],
		['10601,3', ',', 10601.3, 1],
		['-52', ',', -52, 0],
		['−6170', ',', -6170, 0],
		['67.69', '.', 67.69, 2],
		['2,222,782', '.', 2222782, 0],
		['0,652', ',', 0.652, 3],
	] as const)('%s (decimal "%s") = %d with %d decimals', (printed, separator, value, decimals) => {
		expect(parsePrinted(printed, separator)).toEqual({ value, decimals, percent: false });
	});
	it('reads a percentage and a dash meaning "none"', () => {
		expect(parsePrinted('15.50%', '.')).toEqual({ value: 15.5, decimals: 2, percent: true });
		expect(parsePrinted('-', ',')).toEqual({ value: null, decimals: 0, percent: false });
	});
	it('rejects what is not one number', () => {
		for (const text of ['в 2', '12,5', '1 22', 'I-III', '14,51213,926']) expect(parsePrinted(text, '.'), text).toBeUndefined();
		expect(parsePrinted('67.69', ','), 'a point where the table prints commas').toBeUndefined();
	});
});

describe('findPrinted: a whole number in the source text', () => {
	it('finds the number only where it is not part of a longer one', () => {
		expect(findPrinted('1788', 'I 1788 714')).toBe(2);
		expect(findPrinted('1788', 'I 17885 714')).toBe(-1);
		expect(findPrinted('178', 'I 1788 714')).toBe(-1);
		expect(findPrinted('10,5', 'x 10,55 y')).toBe(-1);
		expect(findPrinted('10', 'x 10, and y')).toBe(2);
	});
	it('matches a number wrapped over lines and the source’s kinds of minus', () => {
		expect(findPrinted('5990,10 6', 'F 5990,10\n\n6 x')).toBeGreaterThan(0);
		expect(findPrinted('-6170', 'сальдо –6170')).toBeGreaterThan(0);
	});
});

describe('the provenance check', () => {
	it('passes when every printed number occurs in the source lines', () => {
		expect(checkProvenance(resolveDataset(dataset()), SOURCE)).toEqual([]);
	});
	it('names the row and column of a number the source lines do not print', () => {
		const data = dataset({ rows: [{ cells: ['I', '1789', '714', '1074'] }] });
		expect(checkProvenance(resolveDataset(data), SOURCE)).toEqual(['"I", column "arrivals": "1789" does not occur in source lines 1–7 (key it as printed, or make it a derived cell with its formula)']);
	});
	it('looks only in the named lines', () => {
		const data = dataset({ sourceLines: [[1, 3]] });
		expect(checkProvenance(resolveDataset(data), SOURCE).length).toBeGreaterThan(0);
	});
	it('accepts a derived value with its formula, and text in a number column only when marked as text', () => {
		const derived = dataset({ rows: [{ cells: ['I–II', { derived: 3450, formula: '1788 + 1662' }, '714', '1074'] }] });
		expect(checkProvenance(resolveDataset(derived), SOURCE)).toEqual([]);
		const text = dataset({ rows: [{ cells: ['I', 'в 2', '714', '1074'] }] });
		expect(checkProvenance(resolveDataset(text), SOURCE)[0]).toMatch(/"в 2" in the number column "arrivals" is not a number as printed/);
		const marked = dataset({ rows: [{ cells: ['I', { printed: 'в 2', text: true }, '714', '1074'] }] });
		expect(checkProvenance(resolveDataset(marked), SOURCE)).toEqual([]);
	});
	it('names every range of the source lines, and a row without a label by its number', () => {
		const data = dataset({ sourceLines: [[3, 4], [6, 6]], rows: [{ cells: ['I', '1788', '714', '1074'] }, { cells: [null, '1662', '596', '1066'] }] });
		expect(checkProvenance(resolveDataset(data), SOURCE)).toEqual(['row 2, column "arrivals": "1662" does not occur in source lines 3–4, 6 (key it as printed, or make it a derived cell with its formula)']);
	});
	it('reports source lines past the end of the seed file', () => {
		expect(checkProvenance(resolveDataset(dataset({ sourceLines: [[1, 70]] })), SOURCE)).toEqual(['sourceLines 1–70 go past the end of the seed file (7 lines)']);
	});
});

describe('dataset schema', () => {
	it('requires a chart or the reason for having none, not both', () => {
		expect(() => dataset({ chart: undefined })).toThrow(/exactly one of `chart`/);
		expect(() => dataset({ noChart: tri('a text table') })).toThrow(/exactly one of `chart`/);
		expect(() => dataset({ chart: undefined, noChart: tri('a text table') })).not.toThrow();
	});
	it('rejects rows of the wrong width and charts of missing or non-number columns', () => {
		expect(() => dataset({ rows: [{ cells: ['I', '1788'] }] })).toThrow(/row 1 has 2 cells for 4 columns/);
		expect(() => dataset({ chart: { type: 'bar', series: ['nope'] } })).toThrow(/chart names the column \\?"nope/);
		expect(() => dataset({ chart: { type: 'bar', series: ['period'] } })).toThrow(/chart series \\?"period\\?" is not a number column/);
	});
});

describe('formatNumber: numbers as readers of each language write them', () => {
	it('groups thousands and marks decimals per language', () => {
		expect(formatNumber(2492, 0, 'kk')).toBe('2\u00a0492');
		expect(formatNumber(2492, 0, 'ru')).toBe('2\u00a0492');
		expect(formatNumber(2492, 0, 'en')).toBe('2,492');
		expect(formatNumber(10601.3, 1, 'kk')).toBe('10\u00a0601,3');
		expect(formatNumber(10601.3, 1, 'en')).toBe('10,601.3');
		expect(formatNumber(9100, 1, 'ru')).toBe('9\u00a0100,0');
	});
	it('writes a true minus and percentages', () => {
		expect(formatNumber(-52, 0, 'en')).toBe('\u221252');
		expect(formatNumber(15.5, 2, 'en', { percent: true })).toBe('15.50%');
		expect(formatNumber(15.5, 2, 'kk', { percent: true })).toBe('15,50\u00a0%');
	});
});

describe('chart payloads', () => {
	it('draws the named columns over the rows, leaving out totals, in the page’s language', () => {
		const payload = chartPayload(resolveDataset(dataset()), 'en');
		expect(payload.labels).toEqual(['I', 'II', 'IV (en)']);
		expect(payload.series).toEqual([
			{ label: 'келгені (en)', data: [1788, 1662, 1200] },
			{ label: 'айырымы (en)', data: [1074, 1066, -52] },
		]);
	});
	it('draws only the chosen rows', () => {
		const payload = chartPayload(resolveDataset(dataset({ chart: { type: 'bar', series: ['arrivals'], rows: [0, 2] } })), 'kk');
		expect(payload.labels).toEqual(['I', 'IV']);
		expect(() => dataset({ chart: { type: 'bar', series: ['arrivals'], rows: [9] } })).toThrow(/chart row 9 does not exist/);
	});
	it('transposes (one series per row) and draws one block', () => {
		const data = dataset({
			rows: [{ section: tri('2016') }, { cells: ['I', '1788', '714', '1074'] }, { section: tri('2015') }, { cells: ['II', '1 662', '596', '1066'] }],
			chart: { type: 'bar', series: ['arrivals', 'departures'], transpose: true, section: 1 },
		});
		const payload = chartPayload(resolveDataset(data), 'kk');
		expect(payload.labels).toEqual(['келгені', 'кеткені']);
		expect(payload.series).toEqual([{ label: 'II', data: [1662, 596] }]);
	});
});

describe('downloads', () => {
	it('CSV: byte-order mark, headers in the language, numbers in machine form, blocks as a first column', () => {
		const data = dataset({ rows: [{ section: tri('2016') }, { cells: ['I, a', '1 788', '-', '1074'] }] });
		const csv = datasetCsv(resolveDataset(data), 'ru');
		expect(csv).toBe('\uFEFF,мезгіл (ru),келгені (ru),кеткені (ru),айырымы (ru)\r\n2016 (ru),"I, a",1788,,1074\r\n');
	});
	it('JSON: metadata, provenance and each cell as printed', () => {
		const json = datasetJson(resolveDataset(dataset()), {
			document: 'digitalisation',
			id: 'table-1',
			documentTitle: tri('Цифрландыру'),
			seedFile: '002_d8419e7b4fc00872.txt',
			urls: { kk: 'k', ru: 'r', en: 'e' },
		});
		expect(json.provenance).toMatchObject({ seedFile: '002_d8419e7b4fc00872.txt', sourceLines: [[1, 7]] });
		expect(json.rows[1]!.cells.arrivals).toEqual({ value: 1662, printed: '1 662' });
		expect(json.rows[3]).toMatchObject({ total: true });
	});
});
