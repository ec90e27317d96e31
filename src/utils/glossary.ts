import { getCollection, type CollectionEntry } from 'astro:content';

export type GlossaryTerm = CollectionEntry<'glossary'>;

/**
 * The glossary's entries, with their cross-references checked: every `related` id and every
 * `supersededBy.term` names an entry that exists and is not the entry itself. A bad reference fails
 * the build naming the file. (Places on the site — `definitionSource`, `listedAt` — are links on the
 * glossary pages, checked by the link checker after the build.)
 */
export async function getGlossary(): Promise<GlossaryTerm[]> {
	const entries = await getCollection('glossary');
	const ids = new Set(entries.map((entry) => entry.id));
	for (const { id, data } of entries) {
		const references = [...data.related.map((ref) => ['related', ref] as const), ...(data.supersededBy ? [['supersededBy.term', data.supersededBy.term] as const] : [])];
		for (const [field, ref] of references) {
			if (ref === id) throw new Error(`src/content/glossary/${id}.yaml: ${field} names the entry itself`);
			if (!ids.has(ref)) throw new Error(`src/content/glossary/${id}.yaml: ${field} "${ref}" is no glossary entry (no src/content/glossary/${ref}.yaml)`);
		}
	}
	return entries;
}
