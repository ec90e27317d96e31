import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dayMonth, formatDate, formatRanges, isoDate } from '../../src/utils/format';

const ROOT = join(import.meta.dirname, '../..');

describe('formatDate: one way to write a date in each language', () => {
	test('Kazakh as its legal texts write it, Russian and English as their readers do', () => {
		expect(formatDate('2001-10-29', 'kk')).toBe('2001 жылғы 29 қазан');
		expect(formatDate('2001-10-29', 'ru')).toBe('29 октября 2001 г.');
		expect(formatDate('2001-10-29', 'en')).toBe('29 October 2001');
	});

	test('takes a Date (YAML dates, UTC) or an ISO date, the same either way', () => {
		const date = new Date('2000-09-05');
		expect(formatDate(date, 'kk')).toBe('2000 жылғы 5 қыркүйек');
		for (const lang of ['kk', 'ru', 'en'] as const) expect(formatDate(date, lang)).toBe(formatDate(isoDate(date), lang));
	});

	test('the Kazakh attributive form, before the noun it qualifies; other languages are unchanged', () => {
		expect(`${formatDate('2001-10-29', 'kk', { attributive: true })} № 1371 қаулысы`).toBe('2001 жылғы 29 қазандағы № 1371 қаулысы');
		expect(formatDate('2006-09-27', 'ru', { attributive: true })).toBe(formatDate('2006-09-27', 'ru'));
		expect(formatDate('2006-09-27', 'en', { attributive: true })).toBe(formatDate('2006-09-27', 'en'));
	});

	test('every Kazakh month in the attributive form is written as the source documents write it', () => {
		const sources = readdirSync(join(ROOT, 'sources'))
			.filter((f) => f.endsWith('.txt'))
			.map((f) => readFileSync(join(ROOT, 'sources', f), 'utf8'))
			.join('\n');
		for (let month = 1; month <= 12; month++) {
			const date = formatDate(`2010-${String(month).padStart(2, '0')}-15`, 'kk', { attributive: true });
			const monthWord = date.replace('2010 жылғы 15 ', '');
			expect(sources, `"${monthWord}"`).toMatch(new RegExp(`\\d{4} жылғы \\d{1,2} ${monthWord}(?!\\p{L})`, 'u'));
		}
	});
});

describe('dayMonth', () => {
	test('day and month, month first in English', () => {
		expect(dayMonth('2001-10-29', 'kk')).toBe('29 қазан');
		expect(dayMonth('2001-10-29', 'ru')).toBe('29 октября');
		expect(dayMonth('2001-10-29', 'en')).toBe('October 29');
	});
});

describe('formatRanges', () => {
	test('line ranges for readers, a one-line range as one number', () => {
		expect(formatRanges([[12, 30], [35, 35]])).toBe('12–30, 35');
	});
});
