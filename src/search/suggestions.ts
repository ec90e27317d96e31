/**
 * What the search page offers when a query finds nothing: "Did you mean …" (the glossary's name, or
 * the word of a name, closest to what was typed: a typo, a missing letter) and the glossary terms
 * whose names are closest. Names are compared folded (search/kazakh-normaliser.ts), so a word typed on
 * a Russian keyboard is as close as its Kazakh spelling. Pure functions, shared by the search page
 * (client/search.ts) and the tests.
 */
import { fold } from './kazakh-normaliser';

/** A glossary term as the suggestions see it: its id and every name it has in three languages. */
export interface NamedTerm {
	id: string;
	/** Headwords and abbreviations, in any language. */
	names: string[];
}

/** Levenshtein distance (insertions, deletions, substitutions), one row at a time. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

/** How many edits a word of this length may be away and still count as a misspelling of it. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

const wordsOf = (text: string) => text.split(/[\s,()«»"“”]+/).filter((word) => word.length > 0);

/** The forms a name is compared as: the whole name, and each of its words of four letters or more. */
function candidatesOf(name: string): { text: string; folded: string }[] {
	const forms = [name, ...(wordsOf(name).length > 1 ? wordsOf(name).filter((word) => word.length >= 4) : [])];
	return forms.map((text) => ({ text, folded: fold(text) }));
}

/**
 * The spelling to suggest for a query: each word (and the whole query) replaced by the closest name
 * or word of a name within `allowedEdits`; undefined when nothing is close, or the closest is what
 * was typed.
 */
export function didYouMean(query: string, terms: NamedTerm[]): string | undefined {
	const candidates = terms.flatMap((term) => term.names.flatMap(candidatesOf));
	const closest = (typed: string): string | undefined => {
		const folded = fold(typed);
		let best: { text: string; distance: number } | undefined;
		for (const candidate of candidates) {
			if (Math.abs(candidate.folded.length - folded.length) > allowedEdits(folded.length)) continue;
			const distance = editDistance(folded, candidate.folded);
			if (distance <= allowedEdits(folded.length) && (!best || distance < best.distance)) best = { text: candidate.text, distance };
		}
		return best?.text;
	};
	const whole = closest(query.trim());
	const suggestion = whole ?? wordsOf(query).map((word) => closest(word) ?? word).join(' ');
	return suggestion.toLocaleLowerCase() === query.trim().toLocaleLowerCase() ? undefined : suggestion;
}

/**
 * The terms whose names are closest to the query, best first: by the smallest share of a name (or a
 * word of it) that would have to change, at most half; a name that starts with the query counts as
 * close as can be.
 */
export function closestTerms(query: string, terms: NamedTerm[], limit = 3): string[] {
	const typed = wordsOf(query).map(fold).filter((word) => word.length >= 3);
	if (typed.length === 0) return [];
	const scored = terms.map((term) => {
		let score = Infinity;
		for (const candidate of term.names.flatMap(candidatesOf)) {
			for (const word of typed) {
				const share = candidate.folded.startsWith(word) ? 0 : editDistance(word, candidate.folded) / Math.max(word.length, candidate.folded.length);
				score = Math.min(score, share);
			}
		}
		return { id: term.id, score };
	});
	return scored
		.filter((term) => term.score <= 0.5)
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map((term) => term.id);
}
