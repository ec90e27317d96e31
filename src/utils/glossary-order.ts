import type { Lang } from '../schemas/i18n';
import { LOCALES } from './format';

/** What ordering needs of an entry: its id and headword in each language. */
interface Orderable {
	id: string;
	data: { term: Record<Lang, string> };
}

/** A letter of the glossary in one language: its entries in order, and the anchor of its heading. */
export interface GlossaryLetter<T extends Orderable> {
	letter: string;
	anchor: string;
	entries: T[];
}

/**
 * The glossary's entries in a language's alphabetical order (ICU collation for kk-KZ, ru-RU, en-GB:
 * Kazakh а ә б … у ұ ү … ы і …, not code-point order), grouped by their headword's first letter.
 * Letter anchors are `letter-{n}` by position, ASCII and never equal to a term id (ids are words).
 */
export function glossaryLetters<T extends Orderable>(entries: readonly T[], lang: Lang): GlossaryLetter<T>[] {
	const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base' });
	const sorted = [...entries].sort((a, b) => collator.compare(a.data.term[lang], b.data.term[lang]) || a.id.localeCompare(b.id));
	const letters: GlossaryLetter<T>[] = [];
	for (const entry of sorted) {
		const letter = entry.data.term[lang].charAt(0).toLocaleUpperCase(LOCALES[lang]);
		const last = letters.at(-1);
		if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
		else letters.push({ letter, anchor: `letter-${letters.length + 1}`, entries: [entry] });
	}
	return letters;
}
