import { render } from 'astro:content';
import type { Lang } from '../schemas/i18n';
import { SOURCE_LANG } from '../schemas/i18n';
import type { PageEntry } from './content';
import { pageSlugs } from './content';
import { getPlan, planOutline } from './plans';
import { numberedItems } from './figures';
import { useTranslations } from '../dictionaries';

/** A heading of a content page, with its text in the reader's language and in the Kazakh original. */
export interface OutlineHeading {
	id: string;
	depth: number;
	text: string;
	original: string;
	/** Language of `text` when it differs from the page's: a heading the source prints in Russian or English. */
	lang?: string;
}

/** One page of a document in the outline (document contents, landing table of contents, fragment map). */
export interface OutlinePage {
	slug: string;
	anchor: string;
	title: string;
	headings: OutlineHeading[];
	/** Every citation id on the page: h1 anchor, headings and marked paragraphs. */
	ids: string[];
}

/**
 * Builds a document's outline in one language from its pages: page titles, their id-marked headings
 * (translated from frontmatter `headings`; the build fails if a translation is missing) and all ids.
 */
export function documentOutline(pages: PageEntry[], lang: Lang): Promise<OutlinePage[]> {
	// Every page of a document shows the document's outline: build it once per document and language
	// (in a production build only — `astro dev` must see edited content).
	if (!import.meta.env.PROD) return buildOutline(pages, lang);
	const key = `${lang} ${pages.map((p) => p.id).join(' ')}`;
	let outline = outlines.get(key);
	if (!outline) {
		outline = buildOutline(pages, lang);
		outlines.set(key, outline);
	}
	return outline;
}

const outlines = new Map<string, Promise<OutlinePage[]>>();

async function buildOutline(pages: PageEntry[], lang: Lang): Promise<OutlinePage[]> {
	// Numbered tables and figures (datasets and figure records) are citable on the page that shows them;
	// listed once per document, not once per page.
	const documents = [...new Set(pages.map((p) => pageSlugs(p).document))];
	const numbered = (await Promise.all(documents.flatMap((d) => [numberedItems(d, 'table'), numberedItems(d, 'figure')]))).flat();
	return Promise.all(
		pages.map(async (page) => {
			const { headings, remarkPluginFrontmatter } = await render(page);
			const headingLangs: Record<string, string> = remarkPluginFrontmatter.headingLangs ?? {};
			const citable = headings.filter((h) => h.slug !== 'footnote-label');
			const outlineHeadings = citable.map((h) => ({
				id: h.slug,
				depth: h.depth,
				original: h.text,
				text: lang === SOURCE_LANG ? h.text : headingTranslation(page, h.slug, lang),
				lang: lang === SOURCE_LANG ? headingLangs[h.slug] : undefined,
			}));
			// Every id remark-citation-ids assigned on the page (headings and points), in order.
			const citableIds: string[] = remarkPluginFrontmatter.citableIds ?? [];
			const slugs = pageSlugs(page);
			// A page that shows an action plan (components/content/ActionPlan.astro) also lists its groups.
			const plan = await getPlan(slugs.document);
			const fromPlan = plan?.page === slugs.page ? planOutline(plan, lang, useTranslations(lang)('plan.abbreviations')) : { headings: [], ids: [] };
			const numberedIds = numbered.filter((item) => item.document === slugs.document && item.page === slugs.page).map((item) => item.id);
			return {
				slug: slugs.page,
				anchor: page.data.anchor,
				title: page.data.title[lang],
				headings: [...outlineHeadings, ...fromPlan.headings],
				ids: [page.data.anchor, ...citableIds, ...fromPlan.ids, ...numberedIds],
			};
		}),
	);
}

function headingTranslation(page: PageEntry, id: string, lang: Exclude<Lang, 'kk'>): string {
	const translated = page.data.headings[id]?.[lang];
	if (!translated) {
		throw new Error(`src/content/pages/${page.id}.mdx: heading "#${id}" has no ${lang} translation in frontmatter "headings"`);
	}
	return translated;
}
