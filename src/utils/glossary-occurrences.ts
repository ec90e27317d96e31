import { render } from 'astro:content';
import type { GlossaryOccurrence } from '../plugins/rehype-glossary-links';
import { getPagesByDocument, getPublishedDocuments, pageSlugs, type DocumentEntry, type PageEntry } from './content';
import { planTermOccurrences } from './plan-terms';
import { getPlan, hasPlanCells } from './plans';
import type { Lang } from '../schemas/i18n';
import { getPageTranslation } from './translations';

/** A place a glossary term is linked from: a document's page, the citable unit, the words around it. */
export interface TermOccurrence extends Omit<GlossaryOccurrence, 'term'> {
	document: DocumentEntry;
	page: PageEntry;
	pageSlug: string;
	/** The language of the text the words come from: the reader's, or Kazakh on a page not translated yet. */
	lang: Lang;
}

const cache = new Map<Lang, Promise<Map<string, TermOccurrence[]>>>();

/**
 * Every link the build-time linker (plugins/rehype-glossary-links.ts) made, by term id, in document
 * and page order: each page's `glossaryOccurrences`, read from its rendered frontmatter, and the
 * links in an action plan's rows (utils/plan-terms.ts), after the text of the page that shows it. The
 * backlinks on term pages are these, never a hand-made list. In ru/en, a translated page's own links
 * count (its text is what the reader of the term page will land on); a page not translated yet, its
 * Kazakh text's.
 */
export function glossaryOccurrences(lang: Lang): Promise<Map<string, TermOccurrence[]>> {
	// Once per production build and language; `astro dev` must see edited content.
	if (!import.meta.env.PROD) cache.clear();
	if (!cache.has(lang)) cache.set(lang, collect(lang));
	return cache.get(lang)!;
}

async function collect(lang: Lang): Promise<Map<string, TermOccurrence[]>> {
	const [documents, pagesByDocument] = await Promise.all([getPublishedDocuments(), getPagesByDocument()]);
	const byTerm = new Map<string, TermOccurrence[]>();
	for (const document of documents) {
		for (const page of pagesByDocument.get(document.data.slug) ?? []) {
			const translation = lang === 'kk' || page.data.body === 'generated' ? undefined : await getPageTranslation(page, lang);
			const text = translation?.kind === 'translated' ? translation.entry : page;
			const textLang: Lang = translation?.kind === 'translated' ? lang : 'kk';
			const { remarkPluginFrontmatter } = await render(text);
			const found: (GlossaryOccurrence & { lang: Lang })[] = (remarkPluginFrontmatter.glossaryOccurrences ?? []).map((o: GlossaryOccurrence) => ({ ...o, lang: textLang }));
			const plan = await getPlan(document.data.slug);
			if (plan && plan.page === pageSlugs(page).page) {
				const planLang: Lang = hasPlanCells(plan, lang) ? lang : 'kk';
				found.push(...(await planTermOccurrences(plan, planLang)).map((o) => ({ ...o, lang: planLang })));
			}
			for (const { term, ...place } of found) {
				if (!byTerm.has(term)) byTerm.set(term, []);
				byTerm.get(term)!.push({ ...place, document, page, pageSlug: pageSlugs(page).page });
			}
		}
	}
	return byTerm;
}
