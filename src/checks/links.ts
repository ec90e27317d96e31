import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist';

export interface LinkProblem {
	page: string;
	href: string;
	problem: string;
}

/** Paths produced after `astro build` (Pagefind's bundle) or outside the site; not checked here. */
const SKIPPED_PREFIXES = ['/pagefind/'];

/**
 * Checks every internal link of a built site: `<a href>`, `<link href>` (alternates, canonical) and
 * `<form action>`. A link resolves when its target page (or file) exists and, for a `#fragment`,
 * when the target page has an element with that id. External links are not fetched.
 */
export function checkLinks(pages: BuiltPage[], distDir: string, site?: string): LinkProblem[] {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const idsOf = new Map<string, Set<string>>();
	const ids = (page: BuiltPage) => {
		let set = idsOf.get(page.path);
		if (!set) {
			set = new Set(page.$('[id]').map((_, el) => page.$(el).attr('id')).get());
			idsOf.set(page.path, set);
		}
		return set;
	};

	// The site's origin (and base path) without a trailing slash: "https://x.kz/" and "https://x.kz" are the same site.
	const siteRoot = site?.replace(/\/+$/, '');
	const problems: LinkProblem[] = [];
	for (const page of pages) {
		const $ = page.$;
		$('a[href], link[href], form[action]').each((_, el) => {
			const raw = $(el).attr('href') ?? $(el).attr('action') ?? '';
			let href = raw;
			const rest = siteRoot && href.startsWith(siteRoot) ? href.slice(siteRoot.length) : undefined;
			// Only the site itself: "https://x.kz.other.com/" merely starts with the same characters.
			if (rest !== undefined && /^(?:[/?#]|$)/.test(rest)) href = rest.startsWith('/') ? rest : `/${rest}`;
			if (/^(?:[a-z]+:)?\/\//i.test(href) || /^(mailto|tel|data|javascript):/i.test(href)) return;
			if (href === '') {
				problems.push({ page: page.path, href: raw, problem: 'empty link' });
				return;
			}
			const url = new URL(href, `http://site${page.path}`);
			if (SKIPPED_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return;
			const target = resolveTarget(url.pathname, byPath, distDir);
			if (target === undefined) {
				problems.push({ page: page.path, href: raw, problem: `no page or file at ${url.pathname}` });
				return;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target && !ids(target).has(fragment)) {
				problems.push({ page: page.path, href: raw, problem: `no element with id "${fragment}" on ${target.path}` });
			}
		});
	}
	return problems;
}

/** The page a path points to; null for an existing non-HTML file; undefined when nothing is there. */
function resolveTarget(pathname: string, byPath: Map<string, BuiltPage>, distDir: string): BuiltPage | null | undefined {
	const page = byPath.get(pathname) ?? byPath.get(`${pathname}/`);
	if (page) return page;
	const file = join(distDir, decodeURIComponent(pathname));
	return existsSync(file) && statSync(file).isFile() ? null : undefined;
}
