import { render } from 'astro:content';
import type { GlossaryOccurrence } from '../plugins/rehype-glossary-links';
import { getPagesByDocument, getPublishedDocuments, pageSlugs, type DocumentEntry, type PageEntry } from './content';
import { planTermOccurrences } from './plan-terms';
import { getPlan } from './plans';

/** A place a glossary term is linked from: a document's page, the citable unit, the words around it. */
export interface TermOccurrence extends Omit<GlossaryOccurrence, 'term'> {
	document: DocumentEntry;
	page: PageEntry;
	pageSlug: string;
}

let cache: Promise<Map<string, TermOccurrence[]>> | undefined;

/**
 * Every link the build-time linker (plugins/rehype-glossary-links.ts) made, by term id, in document
 * and page order: each page's `glossaryOccurrences`, read from its rendered frontmatter, and the
 * links in an action plan's rows (utils/plan-terms.ts), after the text of the page that shows it. The
 * backlinks on term pages are these, never a hand-made list.
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
				const plan = await getPlan(document.data.slug);
				if (plan && plan.page === pageSlugs(page).page) found.push(...(await planTermOccurrences(plan)));
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
