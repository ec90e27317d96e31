import { LANGS, type Lang } from '../schemas/i18n';

/**
 * URL builders for the public route contract:
 *   /{lang}/  /{lang}/{doc}/  /{lang}/{doc}/{page}/  /{lang}/glossary/  /{lang}/search/
 * Every route exists in all languages at mirrored paths, so a page is identified by its
 * language-neutral `route` (e.g. "concept-2000/section-3") and the language is a prefix.
 */
export function localePath(lang: Lang, route = ''): string {
	const trimmed = route.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${lang}/${trimmed}/` : `/${lang}/`;
}

/** The language-neutral route of a path: "/ru/concept-2000/s/" → "concept-2000/s". */
export function routeOf(pathname: string): string {
	const [, first, ...rest] = pathname.split('/');
	const parts = (LANGS as readonly string[]).includes(first ?? '') ? rest : [first, ...rest];
	return parts.filter(Boolean).join('/');
}

export function isLang(value: string | undefined): value is Lang {
	return (LANGS as readonly string[]).includes(value ?? '');
}

/** getStaticPaths entries for a page that exists once per language. */
export function langPaths() {
	return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}
