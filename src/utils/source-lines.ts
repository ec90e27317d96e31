import type { Lang } from '../schemas/i18n';
import { localePath } from './routes';

/**
 * The seed files' lines as every `sourceLines` counts them and the source pages show them
 * (/{lang}/{doc}/source/#L{n}): the text split at "\n", numbered from 1; the empty string after a
 * final newline is no line. Dependency-free, for the build and the tests alike.
 */
export function splitSeedLines(text: string): string[] {
	const lines = text.split('\n');
	if (lines.length > 1 && lines.at(-1) === '') lines.pop();
	return lines;
}

/** The route of a document's source text: "{doc}/source". */
export const sourceRoute = (document: string) => `${document}/source`;

/** The page slug the source text takes: no content page may be named so (utils/content.ts rejects it). */
export const SOURCE_PAGE_SLUG = 'source';

/**
 * A link to lines of a document's source text. One line: `/{lang}/{doc}/source/#L{n}`. A range:
 * `…/source/?lines=N-M#L{N}`: the fragment scrolls to its first line (without JavaScript too), and
 * the source page's script marks the whole range from the query.
 */
export function sourceLinesHref(lang: Lang, document: string, [first, last]: readonly [number, number]): string {
	const path = localePath(lang, sourceRoute(document));
	return first === last ? `${path}#L${first}` : `${path}?lines=${first}-${last}#L${first}`;
}

/** A piece of text: plain, or a range of source lines as written ("1064–1067"). */
export type LineReferencePart = string | { text: string; range: [number, number] };

// A line or range as the site writes it ("1064–1067", en dash), not run on into more digits, a
// hyphenated range or an ellipsis ("16400000…18600000" are axis ticks, not lines).
const NUMBER = String.raw`\d+(?:–\d+)?(?![\d–…])`;
const LIST = String.raw`${NUMBER}(?:(?:, | және | и | and )${NUMBER})*`;
/**
 * References to source lines in the editions' own words, in any of the three languages (each names
 * lines in its own script, so one pattern serves every text): "1064–1067-жолдар", "2003–2005 және
 * 2016-жолдар" (Kazakh puts the word after the numbers, with a hyphen: "29 жол" is a count of table
 * rows); "строки 1064–1067", "строк 12–30, 35–40" (not "строку 2017 года", a table's row); "lines
 * 1064–1067", "line 3085".
 */
const REFERENCE = new RegExp(
	String.raw`(?<![\d.,])(?<kk>${LIST})-жол|(?<!\p{L})строк(?:а|и|е|ах)?\s(?<ru>${LIST})(?!\s*(?:год|г\.))|(?<!\p{L})lines?\s(?<en>${LIST})`,
	'gu',
);

/**
 * Splits a text at its references to source lines, each range a part of its own, so that a component
 * can link it (components/content/SourceLinesText.astro). The text is kept as written.
 */
export function splitLineReferences(text: string): LineReferencePart[] {
	const parts: LineReferencePart[] = [];
	let done = 0;
	for (const match of text.matchAll(REFERENCE)) {
		const list = match.groups!.kk ?? match.groups!.ru ?? match.groups!.en!;
		const at = match.index + match[0].indexOf(list);
		for (const range of list.matchAll(new RegExp(NUMBER, 'g'))) {
			const start = at + range.index;
			if (start > done) parts.push(text.slice(done, start));
			const [first, last = first] = range[0].split('–').map(Number) as [number, number?];
			parts.push({ text: range[0], range: [first, last] });
			done = start + range[0].length;
		}
	}
	if (done < text.length) parts.push(text.slice(done));
	return parts;
}
