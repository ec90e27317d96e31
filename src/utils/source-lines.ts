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
 * A source page shows at most this many lines: a phone lays out and paints a page of 1,000 short
 * lines quickly, not one of 6,861 (the profile). A longer source is published in parts of exactly
 * this many lines (the last part holds the rest). Part routes are public ("…/source/lines-1001-2000/"):
 * changing this number moves them.
 */
export const SOURCE_PART_LINES = 1000;

/** A run of source lines shown on one page: lines first…last. */
export interface SourcePart {
	first: number;
	last: number;
}

/** The pages a source of `count` lines is shown on: one for a short source, parts of SOURCE_PART_LINES for a long one. */
export function sourceParts(count: number): SourcePart[] {
	const parts: SourcePart[] = [];
	for (let first = 1; first <= count; first += SOURCE_PART_LINES) parts.push({ first, last: Math.min(first + SOURCE_PART_LINES - 1, count) });
	return parts;
}

/** A part's route: "{doc}/source/lines-1001-2000". */
export const sourcePartRoute = (document: string, { first, last }: SourcePart) => `${sourceRoute(document)}/lines-${first}-${last}`;

/**
 * The route of the page that shows line `line` of a source of `count` lines: the source page itself
 * when the source is short, else the part that holds the line. (The source page of a long source
 * lists its parts and forwards a `#L{n}` to its part, so links made before the split still work.)
 */
export function sourceLineRoute(document: string, count: number, line: number): string {
	const parts = sourceParts(count);
	if (parts.length === 1) return sourceRoute(document);
	const part = parts.find(({ first, last }) => line >= first && line <= last);
	if (!part) throw new Error(`${document}: line ${line} is not in the source text's ${count} lines`);
	return sourcePartRoute(document, part);
}

/**
 * A link to lines of a document's source text (of `count` lines), on the page that shows the first
 * of them. One line: `/{lang}/{doc}/source/#L{n}`. A range: `…/source/?lines=N-M#L{N}`: the fragment
 * scrolls to its first line (without JavaScript too), and the source page's script marks the range.
 */
export function sourceLinesHref(lang: Lang, document: string, count: number, [first, last]: readonly [number, number]): string {
	const path = localePath(lang, sourceLineRoute(document, count, first));
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
