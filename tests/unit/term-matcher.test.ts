import { describe, expect, test } from 'vitest';
import { TermMatcher, type TermForm } from '../../src/matching/term-matcher';
import type { Lang } from '../../src/schemas/i18n';

/** The terms a matcher finds in a text, as "term:matched text". */
function found(lang: Lang, forms: TermForm[], text: string): string[] {
	return new TermMatcher(lang, forms).find(text).map((m) => `${m.term}:${text.slice(m.start, m.end)}`);
}

describe('TermMatcher (kk)', () => {
	const forms: TermForm[] = [
		{ term: 'oralman', text: 'оралман' },
		{ term: 'migration', text: 'көші-қон' },
		{ term: 'internal-migration', text: 'ішкі көші-қон' },
		{ term: 'labour-migration', text: 'еңбек көші-қоны' },
		{ term: 'cis', text: 'ТМД', abbreviation: true },
	];

	test('finds inflected forms, a phrase inflected on its last word, and abbreviations with endings', () => {
		expect(found('kk', forms, 'Оралмандардың саны өсті.')).toEqual(['oralman:Оралмандардың']);
		expect(found('kk', forms, 'еңбек көші-қонының квотасы')).toEqual(['labour-migration:еңбек көші-қонының']);
		expect(found('kk', forms, 'ТМД-ға және ТМД елдері')).toEqual(['cis:ТМД-ға', 'cis:ТМД']);
	});

	test('prefers the longest term, so a term inside a longer one is not matched on its own', () => {
		expect(found('kk', forms, 'ішкі көші-қонның ағындары мен көші-қон')).toEqual(['internal-migration:ішкі көші-қонның', 'migration:көші-қон']);
	});

	test('does not match derived words, lower-case abbreviations, or a phrase broken by punctuation', () => {
		expect(found('kk', forms, 'көші-қоншылар мен көші-қондық')).toEqual([]);
		expect(found('kk', forms, 'тмд')).toEqual([]);
		expect(found('kk', forms, 'ішкі. Көші-қон')).toEqual(['migration:Көші-қон']);
	});
});

describe('TermMatcher (ru, en): Snowball stems', () => {
	test('Russian: every word of a phrase inflects', () => {
		const forms = [
			{ term: 'refugee', text: 'беженец' },
			{ term: 'forced-migration', text: 'вынужденная миграция' },
		];
		expect(found('ru', forms, 'статус беженцев и беженца; беженцы')).toEqual(['refugee:беженцев', 'refugee:беженца', 'refugee:беженцы']);
		expect(found('ru', forms, 'потоки вынужденной миграции')).toEqual(['forced-migration:вынужденной миграции']);
	});

	test('Russian: a noun Snowball cuts shorter in the nominative still matches its other forms', () => {
		// Snowball: оралман → оралма, оралманов → оралман.
		const forms = [{ term: 'oralman', text: 'оралман' }];
		expect(found('ru', forms, 'оралман, оралманы, оралманов, оралманам, оралманами')).toEqual(['oralman:оралман', 'oralman:оралманы', 'oralman:оралманов', 'oralman:оралманам', 'oralman:оралманами']);
	});

	test('Russian: both parts of a hyphenated compound inflect', () => {
		const forms = [{ term: 'migrant-worker', text: 'трудящийся-мигрант' }];
		expect(found('ru', forms, 'трудящиеся-мигранты и права трудящихся-мигрантов')).toEqual(['migrant-worker:трудящиеся-мигранты', 'migrant-worker:трудящихся-мигрантов']);
	});

	test('English', () => {
		const forms = [{ term: 'brain-drain', text: 'brain drain' }, { term: 'refugee', text: 'refugee' }, { term: 'iom', text: 'IOM', abbreviation: true }];
		expect(found('en', forms, 'Refugees, the brain drain and IOM’s data')).toEqual(['refugee:Refugees', 'brain-drain:brain drain', 'iom:IOM']);
	});

	test('two terms with one stem: the form closer to the word as written wins', () => {
		// Snowball stems "immigration" and "immigrant" alike ("immigr").
		const forms = [{ term: 'immigrant', text: 'immigrant' }, { term: 'immigration', text: 'immigration' }];
		expect(found('en', forms, 'illegal immigrants and immigration')).toEqual(['immigrant:immigrants', 'immigration:immigration']);
		expect(found('en', [...forms].reverse(), 'illegal immigrants and immigration')).toEqual(['immigrant:immigrants', 'immigration:immigration']);
	});
});

describe('TermMatcher: one form, one entry', () => {
	test('a form claimed by two entries fails, naming both', () => {
		expect(() => new TermMatcher('kk', [{ term: 'a', text: 'сыртқы көші-қон' }, { term: 'b', text: 'Сыртқы көші-қон' }])).toThrow('"Сыртқы көші-қон" (kk) is a form of two glossary entries: a and b; keep it in one');
		expect(() => new TermMatcher('kk', [{ term: 'a', text: 'ТМД', abbreviation: true }, { term: 'b', text: 'ТМД', abbreviation: true }])).toThrow('the abbreviation "ТМД" (kk) stands for two glossary entries: a and b');
	});
});

describe('TermMatcher: names in quotation marks', () => {
	test('a capitalised quotation that is only the term’s words is a name (of a fund, a system), not the term', () => {
		const forms = [{ term: 'oralman', text: 'оралман' }, { term: 'compatriot', text: 'отандас' }];
		expect(found('kk', forms, '«Оралмандар», «Отандастар» жүйелері; «Отандастар қоры»; «оралман» ұғымы')).toEqual(['compatriot:Отандастар', 'oralman:оралман']);
	});
});
