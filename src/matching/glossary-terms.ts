import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { glossarySchema, type GlossaryEntry, type GlossaryPlace } from '../schemas/glossary';
import { LANGS, type Lang } from '../schemas/i18n';
import type { TermForm } from './term-matcher';

/** What the linker needs of a glossary entry. */
export interface LinkableTerm {
	id: string;
	/** The forms to find, by language: headword, variants, abbreviation. */
	forms: Record<Lang, TermForm[]>;
	/** The places that define or list the term (its definition source, the documents' own glossary entries): not linked to itself there. */
	home: GlossaryPlace[];
	/** The documents' own glossary and abbreviation entries for the term: they link to it. */
	listedAt: GlossaryPlace[];
}

/** A word written in capitals, perhaps with lower-case letters inside (ҚарМ, ТурСА): an abbreviation. */
const isAbbreviation = (text: string) => /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u.test(text) && !/\s/.test(text);

/** The forms of one entry in each language. */
export function linkableTerm(id: string, entry: GlossaryEntry): LinkableTerm {
	const forms = Object.fromEntries(
		LANGS.map((lang) => {
			// A variant in capitals (ШЫХ, a misprint ХКҰ) is an abbreviation too: matched as written, never inside a word.
			const list: TermForm[] = [entry.term[lang], ...entry.variants[lang]].map((text) => ({ term: id, text, abbreviation: isAbbreviation(text) }));
			const abbreviation = entry.abbreviation?.[lang];
			if (abbreviation) list.push({ term: id, text: abbreviation, abbreviation: true });
			return [lang, list];
		}),
	) as Record<Lang, TermForm[]>;
	const source = entry.definitionSource;
	const home = [...entry.listedAt, ...(source.kind === 'document' ? [{ document: source.document, page: source.page, id: source.id }] : [])];
	return { id, forms, home, listedAt: entry.listedAt };
}

/**
 * The glossary (src/content/glossary/*.yaml) read for the build-time linker, which runs in the
 * Markdown pipeline, outside Astro's content collections. Each file is validated by the collection's
 * schema; a bad file fails with its name.
 */
export function loadLinkableTerms(dir: string): LinkableTerm[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => {
			const parsed = glossarySchema.safeParse(yaml.load(readFileSync(join(dir, file), 'utf8')));
			if (!parsed.success) throw new Error(`src/content/glossary/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
			return linkableTerm(file.replace(/\.yaml$/, ''), parsed.data);
		});
}
