import { describe, expect, test } from 'vitest';
import { excerptAt, holdsWrittenWords, isRealMatch, phraseFirst, queryWords, unitHits, type PagefindData } from '../../src/search/result-units';

// Word positions count the content split at white space: 6 is «т.б.» (junk), 9 «(оралмандар)», 10 «отбасыларына», 16 «оралмандарды,», 17 «босқындарды».
// A result as Pagefind gives it for «оралмандарды» on /kk/programme-2001-2010/section-4/ (abridged).
const data: PagefindData = {
	url: '/kk/programme-2001-2010/section-4/',
	content: '4. ҚАЖЕТТІ РЕСУРСТАР # Бағдарламаны қаржыландыру т.б. # репатрианттар (оралмандар) отбасыларына тұрғын үй # в) оларда оралмандарды, босқындарды ұстауға',
	locations: [6, 9, 10, 16, 17],
	anchors: [
		{ element: 'h1', id: 's-4', text: '4. ҚАЖЕТТІ РЕСУРСТАР #', location: 0 },
		{ element: 'p', id: 's-4-para-1', text: '# Бағдарламаны қаржыландыру т.б.', location: 3 },
		{ element: 'p', id: 's-4-para-3', text: '# репатрианттар (оралмандар) отбасыларына тұрғын үй', location: 7 },
		{ element: 'li', id: 's-4-v', text: '# в) оларда оралмандарды, босқындарды ұстауға', location: 13 },
	],
	weighted_locations: [
		{ location: 9, balanced_score: 100 },
		{ location: 16, balanced_score: 500 },
		{ location: 17, balanced_score: 50 },
	],
};

describe('junk matches', () => {
	test('a real match shares at least three letters from the start with a query word', () => {
		const words = queryWords('оралмандарды');
		expect(isRealMatch('(оралмандар)', words)).toBe(true);
		expect(isRealMatch('оралмандарды,', words)).toBe(true);
		// Pagefind's fallback to the longest indexed prefix: "т.б." for «так», «к» for «казакстан».
		expect(isRealMatch('т.б.', queryWords('так'))).toBe(false);
		expect(isRealMatch('к', queryWords('казакстан'))).toBe(false);
	});

	test('a short query word (an abbreviation, a number) must match whole', () => {
		expect(isRealMatch('ЕО', queryWords('ЕО'))).toBe(true);
		expect(isRealMatch('ЕО-ға', queryWords('ЕО'))).toBe(false);
		expect(isRealMatch('2001', queryWords('2001'))).toBe(true);
	});
});

describe('units of a result', () => {
	test('each match goes to the element with an id that starts before it; junk matches are dropped; best unit first', () => {
		const units = unitHits(data, queryWords('оралмандарды'));
		expect(units.map((u) => [u.id, u.locations])).toEqual([
			['s-4-v', [16]],
			['s-4-para-3', [9]],
		]);
	});

	test('the excerpt is the words around the unit\'s first match, the match marked', () => {
		const [unit] = unitHits(data, queryWords('оралмандарды'));
		const parts = excerptAt(data, unit!, queryWords('оралмандарды'), 2);
		expect(parts).toEqual([
			{ text: '…', mark: false },
			{ text: 'в)', mark: false },
			{ text: 'оларда', mark: false },
			{ text: 'оралмандарды,', mark: true },
			{ text: 'босқындарды', mark: false },
			{ text: 'ұстауға', mark: false },
		]);
	});
});

describe('units of a result, for a query of several words', () => {
	test('a unit with more of the query\'s words ranks above one with a better single match', () => {
		const units = unitHits(data, queryWords('оралмандар отбасыларына'));
		// s-4-para-3 holds both words (9, 10); s-4-v only «оралмандарды» (16), with the higher score.
		expect(units.map((u) => [u.id, u.coverage])).toEqual([
			['s-4-para-3', 2],
			['s-4-v', 1],
		]);
	});

	test('among units with as many of the query\'s words, one that has them side by side in order ranks first', () => {
		// «оралмандарды, босқындарды» (16, 17) is the phrase; s-4-para-3 has «(оралмандар) … » but no «босқын».
		const phraseFirst: PagefindData = {
			...data,
			content: `${data.content} # босқындарды және оралмандарды`,
			locations: [...data.locations, 20, 22],
			anchors: [...data.anchors, { element: 'li', id: 's-4-g', text: '# босқындарды және оралмандарды', location: 19 }],
			weighted_locations: [...data.weighted_locations!, { location: 20, balanced_score: 900 }, { location: 22, balanced_score: 900 }],
		};
		const units = unitHits(phraseFirst, queryWords('оралмандарды босқындарды'));
		expect(units.map((u) => [u.id, u.coverage, u.phrase])).toEqual([
			['s-4-v', 2, true],
			['s-4-g', 2, false],
			['s-4-para-3', 1, false],
		]);
	});
});

describe('results with the query as a phrase first', () => {
	test('a result with as many matched positions in a row as the query has words moves up; the rest keep their order', () => {
		const results = [
			{ id: 'a', words: [1, 5, 9] },
			{ id: 'b', words: [3, 20, 40, 41, 42] },
			{ id: 'c', words: [7, 8] },
			{ id: 'd', words: [10, 11, 12] },
		];
		expect(phraseFirst(results, 3).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
		expect(phraseFirst(results, 2).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
		expect(phraseFirst(results, 1)).toBe(results);
	});
});

describe('a Russian or English unit checked for the words a first search did not send', () => {
	const unit = (content: string, title = '') => ({ content, meta: { title, id: 'p-1', names: '' } });
	test('a word counts when a word of the unit shares its stem (all but a Snowball ending)', () => {
		expect(holdsWrittenWords(unit('Незаконная миграция иностранных граждан'), queryWords('незаконной миграции гражданами'))).toBe(true);
		expect(holdsWrittenWords(unit('illegal migrants and their families'), queryWords('illegal migrant family'))).toBe(true);
		expect(holdsWrittenWords(unit('a developing country'), queryWords('developing countries'))).toBe(true);
		expect(holdsWrittenWords(unit('Незаконная миграция'), queryWords('незаконная миграция граждан'))).toBe(false);
		// Not a shorter start: «граница» is no form of «граждан».
		expect(holdsWrittenWords(unit('Незаконная миграция через границу'), queryWords('незаконная миграция граждан'))).toBe(false);
	});

	test('the unit itself must have it: not only its page\'s title, which Pagefind matches too', () => {
		expect(holdsWrittenWords(unit('миграционной политики', 'Концепция миграционной политики'), queryWords('концепция миграционной политики'))).toBe(false);
		expect(holdsWrittenWords({ content: 'Лицо, ищущее убежище', meta: { names: 'соискатель убежища | asylum seeker' } }, queryWords('asylum seeker'))).toBe(true);
	});
});

