import { fold, indexToken, joinDigitGroups, stemCandidates } from './kazakh-normaliser';
import { MIN_MATCH_LETTERS } from './result-units';

/**
 * Results of the Kazakh units' index (integrations/search-index.ts), whose records hold each unit's
 * words folded and stemmed. The query is folded the same way; Pagefind matches each of its words to
 * the stems that start with it, or else to the longest stem that starts the word — which is the
 * word's stem when the word is an inflected form («оралмандарға» → «оралман»), and junk when it is
 * not («так» → «т»). A match counts only if the stem is one the query word can be read as
 * (`stemCandidates`), or starts with the query word (a word still being typed).
 */

/** The parts of a unit record's result data used here (search/unit-records.ts writes them). */
export interface UnitRecordData {
	url: string;
	/** The unit's words, folded and stemmed, separated by spaces. */
	content: string;
	locations: number[];
	meta: { title: string; text: string; id: string; heading: string; document: string; names?: string; foreignNames?: string };
}

/** The query's words, folded (with their hyphens: `indexToken` drops them for the index; a number's groups of three joined). */
export function foldedWords(query: string): string[] {
	return joinDigitGroups(query)
		.split(/\s+/)
		.map((word) => fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((word) => word.length > 0);
}

/** How many letters of a query word a shorter token may leave over: a Russian or English ending (беженц|ы). */
const FOREIGN_ENDING = 3;

/**
 * Whether a token of the index (a stem without hyphens) is a real match for a folded query word: it
 * starts with the word (a word still being typed), or the word reads as it plus Kazakh endings, or it
 * is the word but for a short ending (a Russian or English term's Snowball stem: беженц for беженцы).
 */
export function isStemMatch(token: string, word: string): boolean {
	const asked = indexToken(word);
	if (asked.length < MIN_MATCH_LETTERS) return token === asked;
	if (token.startsWith(asked) || stemCandidates(word).map(indexToken).includes(token)) return true;
	return token.length >= 4 && asked.startsWith(token) && asked.length - token.length <= FOREIGN_ENDING;
}

/**
 * The query as sent to the units' index: each folded word cut to its shortest reading as stem +
 * Kazakh endings (at least three letters, as a matched word must share: «маңындағы» is «маң» + endings,
 * indexed «ман»), as an index token. Pagefind matches the tokens that start
 * with what it is sent, and falls back to a shorter token only when none does: «жүйесі» sent whole
 * would meet «жүйесіз» and never «жүйе». What is sent is a prefix; `isStemMatch` then keeps only the
 * tokens the word can really be read as.
 */
export function unitIndexQuery(words: string[]): string {
	return words
		.map((word) => {
			const readings = stemCandidates(word).filter((candidate) => indexToken(candidate).length >= MIN_MATCH_LETTERS);
			return indexToken(readings.at(-1) ?? word);
		})
		.join(' ');
}

/**
 * At most this many of a query's words go to the units' index in its first search. Every word sent
 * loads the index chunk it sorts in (15–30 KiB: Pagefind fixes a chunk's size), and a first query's
 * budget (150 KiB, with Pagefind's code and the index's list of units) holds two.
 */
export const MAX_SENT_WORDS = 2;

/**
 * Which of a query's words (their readings as sent, `unitIndexQuery`) the first search sends, by
 * position in query order: all of them, or the MAX_SENT_WORDS longest (a longer stem starts fewer
 * tokens, so fewer units to check), the earlier on a tie. The units it finds hold those words; the
 * others are checked on each unit's tokens (`holdsAllWords`), as Pagefind would have matched them.
 */
export function sentWordIndices(readings: string[]): number[] {
	if (readings.length <= MAX_SENT_WORDS) return readings.map((_, i) => i);
	return readings
		.map((reading, i) => ({ length: reading.length, i }))
		.sort((a, b) => b.length - a.length || a.i - b.i)
		.slice(0, MAX_SENT_WORDS)
		.map(({ i }) => i)
		.sort((a, b) => a - b);
}

/**
 * Whether a unit itself has each of the query's words, as Pagefind matches them: a token that starts
 * with what the word sends (`unitIndexQuery`: «коэффициент» meets «коэффициенти»), or that the word
 * really reads as (`isStemMatch`: Pagefind's fallback to a shorter token, when it is the stem), or a
 * word of its text as written, folded («коэффициенттері», where the tokens have only the stem
 * «коэффициен»). Not its page's title or document's name: Pagefind matches those too (it indexes
 * metadata), and would give every unit of the Migration Profile the word «көші-қон».
 */
export function holdsAllWords(data: Pick<UnitRecordData, 'content' | 'meta'>, words: string[]): boolean {
	const tokens = [...data.content.split(/\s+/), ...[data.meta.text, data.meta.names].flatMap((value) => foldedWords(value ?? '').map(indexToken))];
	const readings = unitIndexQuery(words).split(' ');
	return words.every((word, i) => tokens.some((token) => token.startsWith(readings[i]!) || isStemMatch(token, word)));
}

/** The stems of a unit that really match the query (none: the result is junk). */
export function matchedStems(data: UnitRecordData, words: string[]): string[] {
	const stems = data.content.split(/\s+/);
	return [...new Set(data.locations.map((location) => stems[location] ?? '').filter((stem) => words.some((word) => isStemMatch(stem, word))))];
}

/**
 * The unit's text around its first matched word (a word whose folded form starts with a matched token),
 * marked. A number printed in groups («1 797 431») is one word here, as in the index.
 */
export function foldedExcerpt(text: string, stems: string[], radius = 12): { text: string; mark: boolean }[] {
	const textWords = text.split(/(?<!\d)\s+|\s+(?!\d{3}(?!\d))/);
	const marks = textWords.map((word) => stems.some((stem) => indexToken(fold(joinDigitGroups(word)).replace(/^[^\p{L}\p{N}]+/u, '')).startsWith(stem)));
	const at = Math.max(0, marks.indexOf(true));
	const from = Math.max(0, at - radius);
	const to = Math.min(textWords.length, at + radius + 1);
	const parts = textWords.slice(from, to).map((word, i) => ({ text: word, mark: marks[from + i]! }));
	if (from > 0) parts.unshift({ text: '…', mark: false });
	if (to < textWords.length) parts.push({ text: '…', mark: false });
	return parts;
}
