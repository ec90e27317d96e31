import { describe, expect, test } from 'vitest';
import { closestTerms, didYouMean, editDistance, type NamedTerm } from '../../src/search/suggestions';

// Names as the glossary has them (src/content/glossary/*.yaml).
const terms: NamedTerm[] = [
	{ id: 'oralman', names: ['оралман', 'оралман', 'oralman'] },
	{ id: 'readmission', names: ['реадмиссия', 'реадмиссия', 'readmission'] },
	{ id: 'temporary-registration', names: ['уақытша тіркеу', 'временная регистрация', 'temporary registration'] },
	{ id: 'cis', names: ['Тәуелсіз Мемлекеттер Достастығы', 'ТМД', 'Содружество Независимых Государств', 'СНГ', 'Commonwealth of Independent States', 'CIS'] },
	{ id: 'kandas', names: ['қандас', 'кандас', 'kandas'] },
];

describe('editDistance', () => {
	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('оралман', 'оралман')).toBe(0);
		expect(editDistance('оралмн', 'оралман')).toBe(1);
		expect(editDistance('реадмисия', 'реадмиссия')).toBe(1);
		expect(editDistance('kandas', 'kandaz')).toBe(1);
	});
});

describe('didYouMean', () => {
	test('a misspelt term gets its name', () => {
		expect(didYouMean('оралмн', terms)).toBe('оралман');
		expect(didYouMean('реадмисия', terms)).toBe('реадмиссия');
	});

	test('a term typed on a Russian keyboard gets its Kazakh spelling', () => {
		expect(didYouMean('уакытша тиркеу', terms)).toBe('уақытша тіркеу');
	});

	test('each word of a longer query is corrected on its own', () => {
		expect(didYouMean('уақытша тіркеуы', terms)).toBe('уақытша тіркеу');
		expect(didYouMean('временая регистрация', terms)).toBe('временная регистрация');
	});

	test('nothing when the query is a name as written, or nothing is close', () => {
		expect(didYouMean('оралман', terms)).toBeUndefined();
		expect(didYouMean('велосипед', terms)).toBeUndefined();
		// Three letters allow no edit: "ТМД" is not a misspelling of "СНГ".
		expect(didYouMean('ТМК', terms)).toBeUndefined();
	});
});

describe('closestTerms', () => {
	test('terms whose names start with or are close to the query, best first', () => {
		expect(closestTerms('оралм', terms)).toEqual(['oralman']);
		expect(closestTerms('тіркеу', terms)).toEqual(['temporary-registration']);
		expect(closestTerms('кандасы', terms)[0]).toBe('kandas');
	});

	test('none for words far from every name', () => {
		expect(closestTerms('велосипед', terms)).toEqual([]);
	});
});
