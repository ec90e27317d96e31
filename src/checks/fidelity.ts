import { diffArrays } from 'diff';

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

const LOOKALIKES: Record<string, string> = {
	a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', h: 'һ',
	A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'Ү',
};
const CYRILLIC = /[\u0400-\u04FF]/;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Latin look-alikes inside a word that also has Cyrillic letters become Cyrillic. */
export function fixLookalikes(word: string): string {
	if (!CYRILLIC.test(word) || !/[A-Za-z]/.test(word)) return word;
	return word.replace(/[A-Za-z]/g, (ch) => LOOKALIKES[ch] ?? ch);
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
			// Line-end hyphenation: a hyphen at the end of a line joins the next line's first word.
			.replace(/(\p{L})-[ \t]*\n\s*(?=\p{L})/gu, '$1-')
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
		while (j < words.length && words[j]!.length <= 3) j++;
		const run = words.slice(i, j);
		const singles = run.filter((w) => w.length === 1).length;
		if (run.length >= 4 && singles / run.length >= 0.6) {
			tokens.push({ value: run.join(''), glued: true });
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
}

/** Compares a source text with the text of the built pages (in reading order). */
export function measureFidelity(sourceText: string, builtText: string): FidelityReport {
	const source = tokenize(normaliseSourceText(sourceText), { source: true });
	const built = tokenize(builtText);
	const builtGlued = built.map((t) => t.value).join('').replace(/[-']/g, '');

	// Align ordinary words; glued runs are matched by containment in the space-less built text.
	const plain = source.filter((t) => !t.glued).map((t) => t.value);
	const glued = source.filter((t) => t.glued);
	const parts = diffArrays(plain, built.map((t) => t.value));
	let matched = 0;
	let position = 0;
	const missing: FidelityReport['missing'] = [];
	for (const part of parts) {
		if (part.added) continue;
		if (part.removed) missing.push({ at: position, words: part.value.join(' ') });
		else matched += part.value.length;
		position += part.value.length;
	}
	for (const run of glued) {
		if (builtGlued.includes(run.value.replace(/[-']/g, ''))) matched++;
		else missing.push({ at: -1, words: `(letter-spaced) ${run.value}` });
	}
	const total = source.length;
	return { total, matched, ratio: total ? matched / total : 1, missing };
}
