import { foldedWords, sentWordIndices, unitIndexQuery } from './folded-units';

/**
 * A glossary term is found by any of its names in three languages (headword, abbreviation, variant)
 * typed as a query, exactly (folded: «уакытша тиркеу» is «уақытша тіркеу»), wherever the ranking
 * would put it: each name is one more token of the term's record in the Kazakh units' index
 * (search/unit-records.ts), and the search page looks the query up as that token before anything else
 * (client/search.ts).
 *
 * The token sorts right before what the name's first sent word sends to the units' index
 * (`unitIndexQuery`; which words a search sends: `sentWordIndices`): that reading with its last letter
 * made the one before it, NAME_MARK, then the whole name folded, without spaces or punctuation:
 * «Еңбек көші-қоны» → «енбейӿенбеккошиконы» (енбек: к → й). No word of the texts has NAME_MARK,
 * so the token stands for this name and nothing else.
 *
 * Why there: the index is cut into chunks, and Pagefind loads the chunk where a sent word sorts. A
 * frequent word («кошикон») often ends a chunk; tokens that start with it (as «кошикон0…» would) then
 * fill the next one, and a search for the word, which also loads where its longer forms sort
 * (client/search.ts `loadExtensions`), would download that chunk too. Just before the word, the token
 * lies in the chunk the word loads anyway: the look-up costs no download of its own, and the word's
 * forms do not spill over.
 */
const NAME_MARK = '\u04ff';

/** The letter or digit just before `letter` among the index's (lower-case) ones; Latin sorts before Cyrillic. */
function letterBefore(letter: string): string | undefined {
	if (letter === 'а') return 'z';
	if (letter === 'a') return '9';
	if (letter === '0') return undefined;
	return String.fromCodePoint(letter.codePointAt(0)! - 1);
}

/** A term's name, or a query, as its exact-name token ('' for no words). */
export function termNameToken(text: string): string {
	const words = foldedWords(text);
	if (words.length === 0) return '';
	const readings = unitIndexQuery(words).split(' ');
	const first = readings[sentWordIndices(readings)[0]!]!;
	const before = letterBefore(first.at(-1)!);
	// A reading that ends in 0 has no letter before it: the token then follows the reading.
	const lead = before === undefined ? first : `${first.slice(0, -1)}${before}`;
	return `${lead}${NAME_MARK}${words.join('').replace(/[^\p{L}\p{N}]+/gu, '')}`;
}
