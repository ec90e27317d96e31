import { describe, expect, test } from 'vitest';
import { foldedExcerpt, foldedWords, holdsAllWords, isStemMatch, matchedStems, sentWordIndices, unitIndexQuery } from '../../src/search/folded-units';

describe('the units\' normalised index, from the query side', () => {
	test('the query is folded, and sent without hyphens (the index\'s tokens have none)', () => {
		expect(foldedWords('Көші-қон «бақылауының»')).toEqual(['коши-кон', 'бакылауынын']);
		expect(unitIndexQuery(foldedWords('көші-қон бақылауы'))).toBe('кошикон бакылау');
		// Cut to the shortest reading, so that the prefix meets the stem: «жүйесі» → «жуйе» (not only «жүйесіз»).
		expect(unitIndexQuery(foldedWords('жүйесі босқындар'))).toBe('жуйе боск');
	});

	test('a first search sends at most two words, the longest readings, in query order', () => {
		expect(sentWordIndices(['кошикон', 'бакылау'])).toEqual([0, 1]);
		expect(sentWordIndices(['шекар', 'ман', 'сауд'])).toEqual([0, 2]);
		expect(sentWordIndices(['ман', 'сауд', 'шекар'])).toEqual([1, 2]);
		expect(sentWordIndices(['ман', 'тур', 'жер', 'бас'])).toEqual([0, 1]);
	});

	test('the words not sent are checked on the unit\'s tokens as Pagefind would match them', () => {
		const unit = (content: string, text = '') => ({ content, meta: { text, title: '', id: '', heading: '', document: '' } });
		expect(holdsAllWords(unit('шекара ман сауда'), foldedWords('шекара маңындағы саудасын'))).toBe(true);
		expect(holdsAllWords(unit('халык жиналу коэффициенти'), foldedWords('халықтың жиналу коэффициенттері'))).toBe(true);
		// The text as written counts too (Pagefind indexes it): the tokens have only the stem «коэффициен».
		expect(holdsAllWords(unit('халык жиналу коэффициен', 'халықтың жиналу коэффициенттері'), foldedWords('халықтың жиналу коэффициенттері'))).toBe(true);
		expect(holdsAllWords(unit('шекара сауда'), foldedWords('шекара маңындағы саудасын'))).toBe(false);
	});

	test('a token matches when the query word can be read as it (stem + endings), or starts it', () => {
		expect(isStemMatch('оралман', 'оралмандарга')).toBe(true);
		expect(isStemMatch('кошикон', 'коши-коннын')).toBe(true);
		expect(isStemMatch('оралмандык', 'орал')).toBe(true);
		// Pagefind's fallback to the longest token that starts the word: «т» for «так», «кар» for «карточкалары».
		expect(isStemMatch('т', 'так')).toBe(false);
		expect(isStemMatch('кар', 'карточкалары')).toBe(false);
	});

	test('only the tokens that really match count: a unit with none is junk', () => {
		const data = { url: '/kk/x/#p-1', content: 'кар оралман', locations: [0, 1], meta: { title: 'x', text: 'қар оралмандар', id: 'p-1', heading: '', document: '' } };
		expect(matchedStems(data, foldedWords('оралмандарға'))).toEqual(['оралман']);
		expect(matchedStems({ ...data, locations: [0] }, foldedWords('карточкалары'))).toEqual([]);
	});

	test('the excerpt keeps a number\'s groups together, and marks it', () => {
		expect(foldedExcerpt('Алматы 1\u00a0797\u00a0431 2,63', ['1797431'])).toEqual([
			{ text: 'Алматы', mark: false },
			{ text: '1\u00a0797\u00a0431', mark: true },
			{ text: '2,63', mark: false },
		]);
	});

	test('the excerpt marks the written words whose folded form starts with a matched token', () => {
		expect(foldedExcerpt('Қазақстандағы оралмандардың жағдайы', ['оралман'])).toEqual([
			{ text: 'Қазақстандағы', mark: false },
			{ text: 'оралмандардың', mark: true },
			{ text: 'жағдайы', mark: false },
		]);
	});
});
