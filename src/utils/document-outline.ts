import { render } from 'astro:content';
import type { Lang } from '../schemas/i18n';
import { SOURCE_LANG } from '../schemas/i18n';
import type { PageEntry } from './content';
import { pageSlugs } from './content';
import { getPlan, planOutline } from './plans';
import { numberedItems } from './figures';
import { useTranslations } from '../dictionaries';
import { getPageTranslation, translationPath, type TargetLang } from './translations';

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
 * (in ru/en from the page's translation: its body's headings, or, for a page not translated yet, its
 * `headings`; the build fails if one is missing) and all ids.
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
			const translated = lang === SOURCE_LANG ? undefined : await headingTranslations(page, lang);
			const outlineHeadings = citable.map((h) => ({
				id: h.slug,
				depth: h.depth,
				original: h.text,
				text: translated ? headingTranslation(translated, page, h.slug, lang as TargetLang) : h.text,
				lang: translated ? undefined : headingLangs[h.slug],
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

/** A page's headings in ru/en by id: its translation's (rendered) headings, or the fallback's `headings`. */
async function headingTranslations(page: PageEntry, lang: TargetLang): Promise<Record<string, string>> {
	const translation = await getPageTranslation(page, lang);
	if (translation.kind === 'fallback') return translation.headings;
	const { headings } = await render(translation.entry);
	return Object.fromEntries(headings.map((h) => [h.slug, h.text]));
}

function headingTranslation(translated: Record<string, string>, page: PageEntry, id: string, lang: TargetLang): string {
	const text = translated[id];
	if (!text) {
		throw new Error(`${translationPath(lang, page)}: heading "#${id}" of src/content/pages/${page.id}.mdx has no ${lang} text (give it in "headings", or translate the page)`);
	}
	return text;
}
