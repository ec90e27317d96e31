import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, SOURCE_LANG } from '../schemas/i18n';
import { getPagesByDocument, getPublishedDocuments, pageSlugs } from '../utils/content';
import { absoluteUrl, localePath } from '../utils/routes';
import { sourcePartRoute, sourceParts, sourceRoute } from '../utils/source-lines';
import { sourceTextLines } from '../utils/source-text';
import { getGlossary } from '../utils/glossary';

/**
 * /sitemap.xml: every public page in every language, each with its hreflang alternates (and
 * x-default → Kazakh), so search engines index the three languages as one set of pages.
 * The search page is left out: it has no content of its own. Each document's source text
 * (/{lang}/{doc}/source/, and the parts of a long one) is in, and so is each glossary term's page.
 * A sitemap lists absolute URLs, so it is built only when the deployer gives the public origin (SITE):
 * the route's one path is `sitemap`, or none.
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const [documents, pagesByDocument] = await Promise.all([getPublishedDocuments(), getPagesByDocument()]);
	const routes = ['', 'glossary', ...(await getGlossary()).map((entry) => `glossary/${entry.id}`)];
	for (const doc of documents) {
		routes.push(doc.data.slug, ...(pagesByDocument.get(doc.data.slug) ?? []).map((p) => `${doc.data.slug}/${pageSlugs(p).page}`), sourceRoute(doc.data.slug));
		const parts = sourceParts((await sourceTextLines(doc.data)).length);
		if (parts.length > 1) routes.push(...parts.map((part) => sourcePartRoute(doc.data.slug, part)));
	}
	const url = (lang: (typeof LANGS)[number], route: string) => absoluteUrl(localePath(lang, route))!;
	const entries = routes.flatMap((route) =>
		LANGS.map(
			(lang) =>
				`<url><loc>${url(lang, route)}</loc>` +
				LANGS.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${url(alt, route)}"/>`).join('') +
				`<xhtml:link rel="alternate" hreflang="x-default" href="${url(SOURCE_LANG, route)}"/></url>`,
		),
	);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
