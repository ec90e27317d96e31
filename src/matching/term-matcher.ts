import type { Lang } from '../schemas/i18n';
import { isEndingChain, harmoniesOf, isKazakhInflection } from './kazakh-inflection';
import { englishStem, russianStem } from './snowball';

/** A way a term is written: its headword, a variant, or an abbreviation (matched case-sensitively). */
export interface TermForm {
	/** The glossary entry's id. */
	term: string;
	text: string;
	abbreviation?: boolean;
}

/** A term found in a text: characters start…end (exclusive) are a form of the entry `term`. */
export interface TermMatch {
	term: string;
	start: number;
	end: number;
}

interface Token {
	text: string;
	start: number;
	end: number;
}

// Words: letters and digits, hyphenated compounds as one word (көші-қон, ТМД-ға). U+2011 (the
// non-breaking hyphen some sources print) counts as a hyphen.
const WORD = /[\p{L}\p{M}\d]+(?:[-\u2011][\p{L}\p{M}\d]+)*/gu;
const tokenize = (text: string): Token[] => [...text.matchAll(WORD)].map((m) => ({ text: m[0].replaceAll('\u2011', '-'), start: m.index, end: m.index + m[0].length }));

/** Whether a text word is a form of a term's word, in the given language; `last` is the phrase's last word. */
type WordTest = (token: string, word: string, last: boolean) => boolean;

/**
 * Kazakh: a phrase inflects on its last word only (еңбек көші-қоны → еңбек көші-қонының); earlier
 * words must be as written. Russian and English: every word is compared by its Snowball stem, as
 * adjectives and nouns both inflect (вынужденной миграции, forced migrations).
 */
const WORD_TESTS: Record<Lang, WordTest> = {
	kk: (token, word, last) => (last ? isKazakhInflection(token, word) : token.toLowerCase() === word.toLowerCase()),
	ru: (token, word) => russianFormStems(word).includes(russianFormStems(token)[0]!),
	en: (token, word) => englishStem(token) === englishStem(word),
};

/**
 * The stems a Russian term's word may take in the text, the word's own stem first. Snowball cuts some
 * nominatives shorter than their other forms (оралман → оралма, but оралманов, оралманам → оралман),
 * so a word's stem is taken from the word and from two of its plural forms as well. Both parts of a
 * hyphenated compound inflect (трудящийся-мигрант → трудящихся-мигрантов): each part is stemmed.
 */
function russianFormStems(word: string): string[] {
	const partStems = word.split('-').map((part) => [...new Set([part, `${part}ов`, `${part}ами`].map(russianStem))]);
	return [...new Set(partStems.reduce((compounds, stems) => compounds.flatMap((compound) => stems.map((stem) => `${compound}-${stem}`))))];
}

/**
 * Where a term's word is looked up: its first two letters in Kazakh (a stem's last letter may
 * alternate, and "ел" is a stem), its stems otherwise; a text's word is looked up by its first key.
 */
const KEYS: Record<Lang, (word: string) => string[]> = {
	kk: (word) => [word.toLowerCase().slice(0, 2)],
	ru: (word) => russianFormStems(word),
	en: (word) => [englishStem(word)],
};
const textKey = (lang: Lang, word: string) => KEYS[lang](word)[0]!;

/**
 * An abbreviation matches as written, alone or with endings after a hyphen in Kazakh (ТМД-ға,
 * БҰҰ-ның), never as part of a longer word.
 */
function isAbbreviationForm(token: string, abbreviation: string, lang: Lang): boolean {
	if (token === abbreviation) return true;
	if (lang !== 'kk' || !token.startsWith(`${abbreviation}-`)) return false;
	const rest = token.slice(abbreviation.length + 1).toLowerCase();
	return rest !== '' && isEndingChain(rest, harmoniesOf(abbreviation.toLowerCase()));
}

const QUOTES: Record<string, string> = { '«': '»', '"': '"', '“': '”', '„': '“' };

/**
 * Whether characters start…end are all of a quotation and start with a capital: «Оралмандар»,
 * «Отандастар» are names (of an information system, a fund), not the terms. A term quoted in lower
 * case is the term spoken of («оралман» ұғымы), and a term inside a longer quotation is the term.
 */
const isWholeQuotation = (text: string, start: number, end: number) => /^\p{Lu}/u.test(text[start] ?? '') && QUOTES[text[start - 1] ?? ''] !== undefined && QUOTES[text[start - 1]!] === text[end];

/** Letters two words share from their start, ignoring case. */
function commonPrefix(a: string, b: string): number {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	let n = 0;
	while (n < x.length && n < y.length && x[n] === y[n]) n++;
	return n;
}

/**
 * Finds the glossary's terms in a text of one language. At each word it takes the longest form that
 * matches there (most words, then most characters), so a term inside a longer term is not matched
 * ("көші-қон" inside "ішкі көші-қон"), and goes on after it. Where two forms match the same words — a
 * stemmer gives "immigration" and "immigrant" one stem — the form closer to the words as written
 * (most letters in common from each word's start) wins.
 */
export class TermMatcher {
	private readonly phrases = new Map<string, { term: string; words: string[] }[]>();
	private readonly abbreviations = new Map<string, string>();

	constructor(
		private readonly lang: Lang,
		forms: TermForm[],
	) {
		for (const form of forms) {
			if (form.abbreviation) {
				const other = this.abbreviations.get(form.text);
				if (other && other !== form.term) throw new Error(`the abbreviation "${form.text}" (${lang}) stands for two glossary entries: ${other} and ${form.term}`);
				this.abbreviations.set(form.text, form.term);
				continue;
			}
			const words = tokenize(form.text).map((t) => t.text);
			if (words.length === 0) continue;
			for (const key of KEYS[lang](words[0]!)) {
				if (!this.phrases.has(key)) this.phrases.set(key, []);
				const same = this.phrases.get(key)!.find((p) => p.term !== form.term && p.words.join(' ').toLowerCase() === words.join(' ').toLowerCase());
				if (same) throw new Error(`"${form.text}" (${lang}) is a form of two glossary entries: ${same.term} and ${form.term}; keep it in one`);
				this.phrases.get(key)!.push({ term: form.term, words });
			}
		}
	}

	find(text: string): TermMatch[] {
		const tokens = tokenize(text);
		const test = WORD_TESTS[this.lang];
		const matches: TermMatch[] = [];
		for (let i = 0; i < tokens.length; ) {
			const token = tokens[i]!;
			let best: { term: string; words: number; end: number; closeness: number } | undefined;
			const abbreviation = this.abbreviations.get(token.text.split('-')[0]!);
			if (abbreviation && isAbbreviationForm(token.text, token.text.split('-')[0]!, this.lang)) best = { term: abbreviation, words: 1, end: token.end, closeness: Infinity };
			for (const phrase of this.phrases.get(textKey(this.lang, token.text)) ?? []) {
				const n = phrase.words.length;
				if (i + n > tokens.length) continue;
				// The words of a phrase follow each other with only spaces between them (not across a full stop or a dash).
				if (!phrase.words.every((word, k) => test(tokens[i + k]!.text, word, k === n - 1) && (k === 0 || /^\s+$/.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))))) continue;
				const end = tokens[i + n - 1]!.end;
				const closeness = phrase.words.reduce((sum, word, k) => sum + commonPrefix(tokens[i + k]!.text, word), 0);
				if (!best || n > best.words || (n === best.words && (end > best.end || (end === best.end && closeness > best.closeness)))) {
					best = { term: phrase.term, words: n, end, closeness };
				}
			}
			if (best) {
				if (!isWholeQuotation(text, token.start, best.end)) matches.push({ term: best.term, start: token.start, end: best.end });
				i += best.words;
			} else i++;
		}
		return matches;
	}
}
