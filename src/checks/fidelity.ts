import { diffArrays } from 'diff';
import { formatRanges } from '../utils/format';
import { CYRILLIC, LOOKALIKES, cyrillicLookalikes } from '../utils/lookalikes';

/**
 * Content fidelity: how much of a source text reaches the built pages, word for word and in order.
 *
 * Both sides are reduced to word tokens after normalising only the extraction artefacts that the
 * site itself fixes — never wording:
 * - Markdown and escapes of web extractions (`##`, `P000327\_` link codes);
 * - line-end hyphenation (`көші-` + `қон` → `көші-қон`);
 * - Latin look-alikes inside Cyrillic words (`iске` → `іске`);
 * - letter-spaced runs (`ж е д е л`): these lose their word boundaries in some sources, so a run is
 *   matched as one glued string against the built text with spaces removed;
 * - URLs (compared as whole tokens);
 * - case and punctuation.
 * Tokens are then aligned in order (Myers diff): a source word counts as present only where the
 * built text has it at the corresponding place.
 */

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Latin look-alikes inside a word that also has Cyrillic letters become Cyrillic; so do the letters of
 * a formula's variable ("X1", "48X3", "Y"), which sources type in either script.
 */
export function fixLookalikes(word: string): string {
	const variable = /^[\dA-Za-z\u0400-\u04FF]{1,8}$/.test(word) && (/\d/.test(word) || word.length === 1) && [...word.replace(/\d/g, '')].every((ch) => ch in LOOKALIKES || CYRILLIC.test(ch));
	if (variable) return word.replace(/[A-Za-z]/g, (ch) => LOOKALIKES[ch] ?? ch);
	return cyrillicLookalikes(word);
}

/** Source-side clean-up of extraction artefacts that span characters rather than words. */
export function normaliseSourceText(text: string): string {
	return (
		text
			// Markdown heading marks and escapes of web-page extractions.
			.replace(/^#{1,6}\s+/gm, '')
			.replace(/\\([_*[\]()#])/g, '$1')
			// adilet link codes left in the text (P000327_, Z1100000477…).
			.replace(/\b[PZKU]\d{6,}_?(?=\s|$)/g, ' ')
			// Line-end hyphenation: a hyphen at the end of a line joins the next line's first word (or number: 1993-2000).
			.replace(/([\p{L}\p{N}])-[ \t]*\n\s*(?=[\p{L}\p{N}])/gu, '$1-')
	);
}

export interface Token {
	/** The comparable form: lower case, look-alikes fixed. */
	value: string;
	/** A glued letter-spaced run: matched by containment, not alignment. */
	glued?: boolean;
}

/** Letter-spaced run: at least four tokens of one to three characters, most of them single letters. */
function glueLetterSpacing(words: string[]): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < words.length) {
		let j = i;
		// Letter-spaced text is letters (and single digits); numbers of two or more digits (table
		// cells: "97 231 35") end a run.
		while (j < words.length && words[j]!.length <= 3 && !/^\d{2,}$/.test(words[j]!)) j++;
		const run = words.slice(i, j);
		const singles = run.filter((w) => w.length === 1).length;
		if (run.length >= 4 && singles / run.length >= 0.6) {
			// Look-alikes are fixed on the glued run: a lone Latin "i" has no Cyrillic neighbour to go by.
			tokens.push({ value: fixLookalikes(run.join('')), glued: true });
			i = j;
		} else {
			tokens.push({ value: words[i]! });
			i++;
		}
	}
	return tokens;
}

/** Word tokens of a text. Source texts additionally get their letter-spaced runs glued. */
export function tokenize(text: string, { source = false } = {}): Token[] {
	const words = (text.match(WORD) ?? []).map((w) => fixLookalikes(w).toLowerCase().replace(/’/g, "'"));
	return source ? glueLetterSpacing(words) : words.map((value) => ({ value }));
}

export interface FidelityReport {
	/** Source words (a glued run counts as one). */
	total: number;
	matched: number;
	ratio: number;
	/** Runs of source words not found, with their position, for the report. */
	missing: { at: number; words: string }[];
	/** Source words matched although the built text spaces them differently (half-spaced lines: `мүмкінд ік`). */
	respaced: number;
	/** Source words matched a few words away from their place (words of hyperlinks that drifted in the source). */
	moved: number;
}

/** The letters of a run of words, spaces and hyphens dropped: what a re-spaced run must keep. */
const lettersOfWords = (words: string[]) => fixLookalikes(words.join('')).replace(/[-']/g, '');

/** How far (in built words) a drifted word may have been moved back. */
const MOVE_WINDOW = 40;

/**
 * A block of the built pages keyed from known source lines whose reading order differs from the
 * source's: a table row whose source prints the columns side by side, line by line, or a whole
 * dataset table. Its words are compared as a bag with those lines, not in order (see measureBlock).
 */
export interface SourceBlock {
	/** Source line ranges (1-based, inclusive) the block was keyed from. */
	ranges: [number, number][];
	/** The block's built text, without editorial additions. */
	text: string;
	/**
	 * `row` (default): the block must have exactly its lines' letters. `dataset`: a table keyed from a
	 * page range, whose page furniture (continuation headers, column-number rows) is dropped: it may
	 * lack letters of its lines (counted as missing words) but must not add any.
	 */
	kind?: 'row' | 'dataset';
}

export interface BlockReport {
	ranges: [number, number][];
	kind: 'row' | 'dataset';
	total: number;
	matched: number;
	missing: string[];
	/** Letters (and digits) that the built block has and its source lines do not, or the reverse. */
	letterDifference: string;
	/** Letters (and digits) the built block has and its source lines do not: invented text. */
	extraLetters: string;
}

/** "12–30, 35–40": ranges for messages (re-exported for the checks' callers). */
export { formatRanges };

const lettersOf = (tokens: Token[]) => [...tokens.map((t) => t.value).join('').replace(/[-']/g, '')].sort().join('');

/** Bag comparison of one block: every source word must occur in the block, and the letters must agree. */
export function measureBlock(sourceLines: string[], block: SourceBlock): BlockReport {
	// Columns printed side by side are separated by three or more spaces; letter-spaced words by two.
	// Each piece of a column is tokenised on its own, so a letter-spaced run never spans two columns.
	const source = normaliseSourceText(block.ranges.map(([first, last]) => sourceLines.slice(first - 1, last).join('\n')).join('\n'))
		.split('\n')
		.flatMap((line) => line.split(/ {3,}/))
		.flatMap((piece) => tokenize(piece, { source: true }));
	const built = tokenize(block.text);
	// Each source word is looked for in the block, whole words first, then inside words (cells break
	// words across lines: "жөнін." + "дегі", which the built cell joins); each occurrence is used once.
	let rest = ` ${built.map((t) => t.value.replace(/[-']/g, '')).join(' ')} `;
	let matched = 0;
	const missing: string[] = [];
	const take = (at: number, length: number) => {
		rest = `${rest.slice(0, at)} ${rest.slice(at + length)}`;
		matched++;
	};
	for (const token of source) {
		const value = token.value.replace(/[-']/g, '');
		if (token.glued) {
			// A letter-spaced run may span several built words: look in the text without spaces, then
			// blank out the characters it used (keeping the other words' spaces).
			const positions = [...rest].flatMap((ch, i) => (ch === ' ' ? [] : [i]));
			const at = positions.map((i) => rest[i]).join('').indexOf(value);
			if (at < 0) missing.push(token.value);
			else {
				const used = new Set(positions.slice(at, at + value.length));
				rest = [...rest].map((ch, i) => (used.has(i) ? ' ' : ch)).join('');
				matched++;
			}
			continue;
		}
		const whole = rest.indexOf(` ${value} `);
		if (whole >= 0) take(whole + 1, value.length);
		else {
			// Only words break across cell lines; a number found inside another number is not there.
			const inside = /\p{L}/u.test(value) ? rest.indexOf(value) : -1;
			if (inside >= 0) take(inside, value.length);
			else missing.push(token.value);
		}
	}
	const a = lettersOf(source);
	const b = lettersOf(built);
	const difference = a === b ? '' : multisetDifference(a, b);
	const extraLetters = difference
		.split(', ')
		.filter((d) => d.endsWith('extra'))
		.join(', ');
	return { ranges: block.ranges, kind: block.kind ?? 'row', total: source.length, matched, missing, letterDifference: difference, extraLetters };
}

function multisetDifference(source: string, built: string): string {
	const count = new Map<string, number>();
	for (const ch of source) count.set(ch, (count.get(ch) ?? 0) + 1);
	for (const ch of built) count.set(ch, (count.get(ch) ?? 0) - 1);
	return [...count]
		.filter(([, n]) => n !== 0)
		.map(([ch, n]) => `${ch}${n > 0 ? `: ${n} missing` : `: ${-n} extra`}`)
		.join(', ');
}

/**
 * Compares a source text with the text of the built pages (in reading order). Source lines that
 * `blocks` were keyed from are left out of the ordered comparison and measured block by block.
 */
export function measureFidelity(
	sourceText: string,
	builtText: string,
	blocks: SourceBlock[] = [],
	omitted: [number, number][] = [],
): FidelityReport & { blocks: BlockReport[]; omittedWords: number } {
	// Lines the edition leaves out on purpose (documents' `source.omitted`, listed on their landing
	// pages) are not measured; their words are counted and reported.
	const isOmitted = (n: number) => omitted.some(([first, last]) => n >= first && n <= last);
	const allLines = sourceText.split('\n');
	const omittedWords = tokenize(normaliseSourceText(allLines.filter((_, i) => isOmitted(i + 1)).join('\n')), { source: true }).length;
	const sourceLines = allLines.map((line, i) => (isOmitted(i + 1) ? '' : line));
	const inBlock = (n: number) => blocks.some((b) => b.ranges.some(([first, last]) => n >= first && n <= last));
	const prose = sourceLines.map((line, i) => (inBlock(i + 1) ? '' : line)).join('\n');
	const source = tokenize(normaliseSourceText(prose), { source: true });
	const built = tokenize(builtText);
	const builtGlued = built.map((t) => t.value).join('').replace(/[-']/g, '');

	// Align ordinary words; glued runs are matched by containment in the space-less built text.
	const plain = source.filter((t) => !t.glued).map((t) => t.value);
	const glued = source.filter((t) => t.glued);
	const builtWords = built.map((t) => t.value);
	const parts = diffArrays(plain, builtWords);
	let matched = 0;
	let respaced = 0;
	let position = 0;
	let builtAt = 0;
	const unmatched: { at: number; builtAt: number; words: string[] }[] = [];
	const added: { builtAt: number; words: string[] }[] = [];
	for (const [i, part] of parts.entries()) {
		if (part.added) {
			added.push({ builtAt, words: part.value });
			builtAt += part.value.length;
			continue;
		}
		if (part.removed) {
			// A replacement whose letters are the same once spaces are dropped differs only in spacing.
			const neighbour = [parts[i + 1], parts[i - 1]].find((p) => p?.added);
			if (neighbour && lettersOfWords(neighbour.value).includes(lettersOfWords(part.value))) respaced += part.value.length;
			else unmatched.push({ at: position, builtAt, words: part.value });
		} else {
			matched += part.value.length;
			builtAt += part.value.length;
		}
		position += part.value.length;
	}
	// A word missing here but added within a few words of its place has moved, not gone.
	let moved = 0;
	const missing: FidelityReport['missing'] = [];
	for (const run of unmatched) {
		const left: string[] = [];
		for (const word of run.words) {
			const near = added.find((a) => Math.abs(a.builtAt - run.builtAt) <= MOVE_WINDOW && a.words.includes(word));
			if (near) {
				near.words.splice(near.words.indexOf(word), 1);
				moved++;
			} else left.push(word);
		}
		if (left.length) missing.push({ at: run.at, words: left.join(' ') });
	}
	matched += respaced + moved;
	for (const run of glued) {
		if (builtGlued.includes(run.value.replace(/[-']/g, ''))) matched++;
		else missing.push({ at: -1, words: `(letter-spaced) ${run.value}` });
	}
	let total = source.length;
	const blockReports = blocks.map((block) => measureBlock(sourceLines, block));
	for (const report of blockReports) {
		total += report.total;
		matched += report.matched;
		if (report.missing.length) missing.push({ at: -1, words: `(lines ${formatRanges(report.ranges)}) ${report.missing.join(' ')}` });
	}
	return { total, matched, ratio: total ? matched / total : 1, missing, respaced, moved, blocks: blockReports, omittedWords };
}
