import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist';
import { distTarget, type SiteAddress } from './site-address';

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
 * when the target page has an element with that id. Links to the site's origin must stay under its
 * base path. External links are not fetched.
 */
export function checkLinks(pages: BuiltPage[], distDir: string, address: SiteAddress = { base: '/' }): LinkProblem[] {
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

	const problems: LinkProblem[] = [];
	for (const page of pages) {
		const $ = page.$;
		$('a[href], link[href], form[action]').each((_, el) => {
			const raw = $(el).attr('href') ?? $(el).attr('action') ?? '';
			if (raw === '') {
				problems.push({ page: page.path, href: raw, problem: 'empty link' });
				return;
			}
			const link = distTarget(raw, page.path, address);
			if (link.kind === 'external') return;
			if (link.kind === 'outside-base') {
				problems.push({ page: page.path, href: raw, problem: `${link.pathname} is outside the base path ${address.base}` });
				return;
			}
			if (SKIPPED_PREFIXES.some((prefix) => link.path.startsWith(prefix))) return;
			const target = resolveTarget(link.path, byPath, distDir);
			if (target === undefined) {
				problems.push({ page: page.path, href: raw, problem: `no page or file at ${link.path}` });
				return;
			}
			if (link.fragment && target && !ids(target).has(link.fragment)) {
				problems.push({ page: page.path, href: raw, problem: `no element with id "${link.fragment}" on ${target.path}` });
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
