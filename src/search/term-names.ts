import { foldedWords, sentWordIndices, unitIndexQuery } from './folded-units';

/**
 * A glossary term is found by any of its names in three languages (headword, abbreviation, variant)
 * typed as a query, exactly (folded: «уакытша тиркеу» is «уақытша тіркеу»), wherever the ranking
 * would put it: each name is one more token of the term's record in the Kazakh units' index
 * (search/unit-records.ts), and the search page looks the query up as that token before anything else
 * (client/search.ts).
 *
 * The token is what the name's first sent word sends to the units' index (`unitIndexQuery`; which
 * words a search sends: `sentWordIndices`), NAME_MARK, then the whole name folded, without spaces or
 * punctuation: «Еңбек көші-қоны» → «енбек0енбеккошиконы». No word of the texts has the mark after
 * letters, so the token stands for this name and nothing else; and it starts with what the query's
 * first sent word sends, so it lies in the index chunk that word loads anyway: the look-up costs no
 * download of its own.
 */
const NAME_MARK = '0';

/** A term's name, or a query, as its exact-name token ('' for no words). */
export function termNameToken(text: string): string {
	const words = foldedWords(text);
	if (words.length === 0) return '';
	const readings = unitIndexQuery(words).split(' ');
	const first = readings[sentWordIndices(readings)[0]!];
	return `${first}${NAME_MARK}${words.join('')}`.replace(/[^\p{L}\p{N}]+/gu, '');
}
