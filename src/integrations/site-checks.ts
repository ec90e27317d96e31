import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadBuiltPages } from '../checks/dist';
import { checkLinks } from '../checks/links';
import { checkCitationIds } from '../checks/ids';

/**
 * Fails `astro build` when the built site breaks its contracts: an internal link or #fragment that
 * does not resolve, or a citation id that is duplicated or not mirrored in every language.
 * The message names the page and the problem.
 */
export function siteChecks(): AstroIntegration {
	let site: string | undefined;
	return {
		name: 'site-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site?.replace(/\/$/, '');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = await loadBuiltPages(distDir);
				const problems = [
					...checkLinks(pages, distDir, site).map((p) => `${p.page}: broken link "${p.href}": ${p.problem}`),
					...checkCitationIds(pages).map((p) => `${p.page}: ${p.problem}`),
				];
				if (problems.length) {
					throw new Error(`The built site has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
				}
				logger.info(`${pages.length} pages: every internal link and #fragment resolves; citation ids are unique and mirrored in every language.`);
			},
		},
	};
}
