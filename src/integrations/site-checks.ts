import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadBuiltPages, type BuiltPage } from '../checks/dist';
import { checkLinks } from '../checks/links';
import { checkCitationIds } from '../checks/ids';
import { checkDatasetPlacement } from '../checks/datasets';
import { checkSourcePages } from '../checks/source-pages';
import type { SiteAddress } from '../checks/site-address';
import { routeOf } from '../utils/routes';

/**
 * Fails `astro build` when the built site breaks its contracts: an internal link or #fragment that
 * does not resolve, a citation id that is duplicated or not mirrored in every language, a dataset
 * not shown on the page its YAML names, or a source page whose line ids are not L1…Ln in every language.
 * The message names the page and the problem, and for content pages the source file
 * (the `data-source-file` of the page's `[data-doc-body]`) to fix.
 */
export function siteChecks(): AstroIntegration {
	let address: SiteAddress = { base: '/' };
	return {
		name: 'site-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				address = { site: config.site, base: config.base.endsWith('/') ? config.base : `${config.base}/` };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = await loadBuiltPages(distDir);
				const problems = [
					...checkLinks(pages, distDir, address).map((p) => `${p.page}${linkSource(pages, p.page, p.href)}: broken link "${p.href}": ${p.problem}`),
					...checkCitationIds(pages).map((p) => `${p.page}${idSource(pages, p.page)}: ${p.problem}`),
					...checkDatasetPlacement(pages, distDir, address),
					...checkSourcePages(pages).map((p) => `${p.page}: ${p.problem}`),
				];
				if (problems.length) {
					throw new Error(`The built site has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
				}
				logger.info(`${pages.length} pages: every internal link and #fragment resolves; citation ids are unique and mirrored in every language; every dataset is on its page; source pages number their lines L1…Ln in every language.`);
			},
		},
	};
}

const sourceFileOf = (page: BuiltPage | undefined) => page?.$('[data-doc-body]').attr('data-source-file');

/** " (in src/content/pages/….mdx)" when the broken link sits in a content page's body; "" otherwise (layout links). */
function linkSource(pages: BuiltPage[], path: string, href: string): string {
	const page = pages.find((p) => p.path === path);
	const body = page?.$('[data-doc-body]');
	const inBody = body?.find('a[href], link[href], form[action]').toArray().some((el) => (page!.$(el).attr('href') ?? page!.$(el).attr('action')) === href);
	const source = inBody ? sourceFileOf(page) : undefined;
	return source ? ` (in ${source})` : '';
}

/** " (src/content/pages/….mdx)" for a content page; a page missing in one language is named by its route's source. */
function idSource(pages: BuiltPage[], path: string): string {
	const route = routeOf(path);
	const source = sourceFileOf(pages.find((p) => p.path === path)) ?? pages.map((p) => (routeOf(p.path) === route ? sourceFileOf(p) : undefined)).find(Boolean);
	return source ? ` (${source})` : '';
}
