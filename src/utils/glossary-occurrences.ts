import { render } from 'astro:content';
import type { GlossaryOccurrence } from '../plugins/rehype-glossary-links';
import { getPagesByDocument, getPublishedDocuments, pageSlugs, type DocumentEntry, type PageEntry } from './content';

/** A place a glossary term is linked from: a document's page, the citable unit, the words around it. */
export interface TermOccurrence extends Omit<GlossaryOccurrence, 'term'> {
	document: DocumentEntry;
	page: PageEntry;
	pageSlug: string;
}

let cache: Promise<Map<string, TermOccurrence[]>> | undefined;

/**
 * Every link the build-time linker (plugins/rehype-glossary-links.ts) made, by term id, in document
 * and page order: each page's `glossaryOccurrences`, read from its rendered frontmatter. The backlinks
 * on term pages are these, never a hand-made list.
 */
export function glossaryOccurrences(): Promise<Map<string, TermOccurrence[]>> {
	// Once per production build; `astro dev` must see edited content.
	if (!import.meta.env.PROD) cache = undefined;
	cache ??= (async () => {
		const [documents, pagesByDocument] = await Promise.all([getPublishedDocuments(), getPagesByDocument()]);
		const byTerm = new Map<string, TermOccurrence[]>();
		for (const document of documents) {
			for (const page of pagesByDocument.get(document.data.slug) ?? []) {
				const { remarkPluginFrontmatter } = await render(page);
				const found: GlossaryOccurrence[] = remarkPluginFrontmatter.glossaryOccurrences ?? [];
				for (const { term, ...place } of found) {
					if (!byTerm.has(term)) byTerm.set(term, []);
					byTerm.get(term)!.push({ ...place, document, page, pageSlug: pageSlugs(page).page });
				}
			}
		}
		return byTerm;
	})();
	return cache;
}
