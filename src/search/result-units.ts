/**
 * What a Pagefind result holds, turned into the citable units a reader should land on, with junk
 * matches dropped. Pure functions of a result's data (its text, the word positions that matched, and
 * the positions of its elements with ids), shared by the search page (client/search.ts) and the tests.
 */

/** The parts of Pagefind's result data (`result.data()`) used here. */
export interface PagefindData {
	url: string;
	/** The page's indexed text; `locations` count its words as split at white space. */
	content: string;
	/** Word positions that matched the query. */
	locations: number[];
	/** Every element with an id in the indexed text, and the word position where it starts. */
	anchors: { element: string; id: string; text: string; location: number }[];
	/** Per matched position, how much it counts (Pagefind's balanced score). */
	weighted_locations?: { location: number; balanced_score: number }[];
}

/** A citable unit of a result that holds matches: `id` undefined for text before the first id. */
export interface UnitHit {
	id: string | undefined;
	/** The element that carries the id (h1–h6 for headings). */
	element: string | undefined;
	/** The matched word positions inside the unit. */
	locations: number[];
	/** The best match's score in the unit (for ordering units). */
	score: number;
	/** How many of the query's words the unit matches. */
	coverage: number;
	/** Whether the unit has the query's words (two or more) side by side, in the query's order. */
	phrase: boolean;
}

/** Ids on document pages that are no citable unit (furniture inside the indexed text). */
const NOT_UNITS = new Set(['footnote-label']);

/** A word as compared: lower case, without the punctuation around it, ё as е. */
export function comparable(word: string): string {
	return word
		.toLocaleLowerCase()
		.replaceAll('ё', 'е')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a query, as compared. */
export function queryWords(query: string): string[] {
	return query
		.split(/\s+/)
		.map(comparable)
		.filter((word) => word.length > 0);
}

/** How many letters two words share from their start. */
export function commonPrefix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

/** At least this many letters of a query word must be the start of a matched word. */
export const MIN_MATCH_LETTERS = 3;

/**
 * Whether a matched word of the text is a real match for one of the query's words, not junk. Pagefind
 * matches a query word to every word that starts with it, and when none does, to the longest indexed
 * word that starts its query word — down to one letter ("т.б." for a Russian word on the Kazakh index).
 * A real match shares at least three letters from the start with a query word (its stem, when
 * Pagefind stems), or is the whole query word when that is shorter (an abbreviation, a number).
 */
export function isRealMatch(textWord: string, words: string[]): boolean {
	return matchedQueryWords(textWord, words).length > 0;
}

/** Which of the query's words (by position) a word of the text really matches (see isRealMatch). */
function matchedQueryWords(textWord: string, words: string[]): number[] {
	const word = comparable(textWord);
	return words.flatMap((q, i) => ((q.length < MIN_MATCH_LETTERS ? word === q : commonPrefix(word, q) >= MIN_MATCH_LETTERS) ? [i] : []));
}

/**
 * How many letters at its end a Snowball stemmer may take off or change in a Russian or English word:
 * up to four (-иями, -ions; countries → countri, country → countri), and no more than about a third of
 * its letters («граждан» keeps four: «граница» is not it).
 */
const stemEnding = (word: string) => Math.min(4, Math.ceil(0.35 * word.length));

/**
 * Whether a unit of the Russian or English units' index itself has each of the query's words, as
 * Pagefind (stemming both) matches it, or a little more loosely: a word of its text or of a glossary
 * term's names that shares the query word's first letters but for an ending (`stemEnding`), and at
 * least three. Not its page's title or document's name, which Pagefind also matches (it indexes
 * metadata): every unit of the Migration Profile would have «миграция».
 */
export function holdsWrittenWords(data: { content: string; meta: { names?: string } }, words: string[]): boolean {
	const textWords = [data.content, data.meta.names].flatMap((text) => (text ?? '').split(/\s+/)).map(comparable);
	return words.every((word) => {
		const shared = Math.min(word.length, Math.max(MIN_MATCH_LETTERS, word.length - stemEnding(word)));
		return textWords.some((textWord) => commonPrefix(textWord, word) >= shared);
	});
}

/**
 * The citable units of a result that hold real matches, best first — those that match more of the
 * query's words, then those that have them as a phrase, then those with the better match: each
 * matched position goes to the last element with an id that starts at or before it.
 */
export function unitHits(data: PagefindData, words: string[]): UnitHit[] {
	const textWords = data.content.split(/\s+/);
	const anchors = data.anchors.filter((a) => !NOT_UNITS.has(a.id)).sort((a, b) => a.location - b.location);
	const scores = new Map((data.weighted_locations ?? []).map((w) => [w.location, w.balanced_score]));
	const units = new Map<string, UnitHit>();
	const covered = new Map<string, Set<number>>();
	const matchedAt = new Map(data.locations.map((location) => [location, matchedQueryWords(textWords[location] ?? '', words)]));
	// The query's words in order from a position: `words.length` matched positions in a row.
	const startsPhrase = (location: number) => words.length > 1 && words.every((_, i) => matchedAt.get(location + i)?.includes(i));
	for (const location of data.locations) {
		const matched = matchedAt.get(location)!;
		if (matched.length === 0) continue;
		const anchor = anchors.filter((a) => a.location <= location).at(-1);
		// A table's or figure's caption (`table-4-caption`) is part of the table or figure (`table-4`).
		const id = anchor?.id.replace(/-caption$/, '');
		const key = id ?? '';
		const unit = units.get(key) ?? { id, element: anchor?.element, locations: [], score: 0, coverage: 0, phrase: false };
		unit.locations.push(location);
		unit.phrase ||= startsPhrase(location);
		unit.score = Math.max(unit.score, scores.get(location) ?? 1);
		if (!covered.has(key)) covered.set(key, new Set());
		for (const i of matched) covered.get(key)!.add(i);
		unit.coverage = covered.get(key)!.size;
		units.set(key, unit);
	}
	return [...units.values()].sort((a, b) => b.coverage - a.coverage || Number(b.phrase) - Number(a.phrase) || b.score - a.score || a.locations[0]! - b.locations[0]!);
}

/** The words around a matched position, the matched ones marked: an excerpt to show under a unit's link. */
export function excerptAt(data: PagefindData, unit: UnitHit, words: string[], radius = 12): { text: string; mark: boolean }[] {
	const textWords = data.content.split(/\s+/);
	const at = unit.locations[0]!;
	const from = Math.max(0, at - radius);
	const to = Math.min(textWords.length, at + radius + 1);
	const parts = textWords.slice(from, to).map((word, i) => ({ text: word, mark: unit.locations.includes(from + i) && isRealMatch(word, words) }));
	if (from > 0) parts.unshift({ text: '…', mark: false });
	if (to < textWords.length) parts.push({ text: '…', mark: false });
	return parts;
}

/**
 * Results that have the query's words side by side come first, before their data is fetched: a
 * Pagefind result lists the positions of its matched words (`words`), and a run of as many positions
 * in a row as the query has words is, next to always, the query as a phrase. Otherwise Pagefind's order
 * stands (it ranks by how often the words occur, not by how close). A query of one word is left as is.
 */
export function phraseFirst<Result extends { words: number[] }>(results: Result[], queryWordCount: number): Result[] {
	if (queryWordCount < 2) return results;
	const hasRun = (positions: number[]) => {
		const matched = new Set(positions);
		return positions.some((start) => Array.from({ length: queryWordCount }, (_, i) => start + i).every((p) => matched.has(p)));
	};
	const runs: Result[] = [];
	const others: Result[] = [];
	for (const result of results) (hasRun(result.words) ? runs : others).push(result);
	return [...runs, ...others];
}
