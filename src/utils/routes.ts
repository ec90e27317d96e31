import { LANGS, type Lang } from '../schemas/i18n';

/**
 * URL builders for the public route contract:
 *   /{lang}/  /{lang}/{doc}/  /{lang}/{doc}/{page}/  /{lang}/glossary/  /{lang}/search/
 * Every route exists in all languages at mirrored paths, so a page is identified by its
 * language-neutral `route` (e.g. "concept-2000/section-3") and the language is a prefix.
 * Paths include the deployment's base path (BASE, e.g. "/kz-migration/"), which Astro gives as
 * `import.meta.env.BASE_URL`; read when called, because the site checks import this module outside Vite.
 */

/** The base path without its trailing slash: "" at the root, "/kz-migration" under a sub-path. */
export function basePath(): string {
	return (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');
}

export function localePath(lang: Lang, route = ''): string {
	const trimmed = route.replace(/^\/+|\/+$/g, '');
	return trimmed ? `${basePath()}/${lang}/${trimmed}/` : `${basePath()}/${lang}/`;
}

/** A path of the site outside the language routes ("favicon.svg", "data/x/t.json"), under the base path. */
export function sitePath(path: string): string {
	return `${basePath()}/${path.replace(/^\/+/, '')}`;
}

/**
 * The absolute URL of a site path ("/kz-migration/kk/"), or undefined when the deployer gave no SITE:
 * then the build makes no absolute URL rather than invent a domain.
 */
export function absoluteUrl(path: string): string | undefined {
	const site = import.meta.env?.SITE;
	return site ? new URL(path, site).href : undefined;
}

/** The absolute URL of a site path when the build has a SITE, else the path itself (alternates, dataset JSON). */
export function publicUrl(path: string): string {
	return absoluteUrl(path) ?? path;
}

/** The language-neutral route of a path inside the built site: "/ru/concept-2000/s/" → "concept-2000/s". */
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
