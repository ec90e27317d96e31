import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltPages, type BuiltPage } from '../../src/checks/dist';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../helpers/browser-server';
import { guardContext } from '../helpers/page-guard';
import { builtPages, DIST, ROOT } from '../helpers/dist';

/**
 * The deployer's SITE and BASE (README, "Deploy"). `npm test` builds dist/ without them, where nothing
 * may point at a domain; here a second build, as a deployer under a sub-path would make it, must pass
 * the build's own link and id checks with every link under the base path, and make absolute URLs on
 * the given origin only.
 */
const SITE = 'https://example.org';
const BASE = '/kz-migration/';
/** A full `astro build` takes ~30 s on an idle 2-core machine, ~90 s beside another build. */
const BUILD_TIMEOUT = 360_000;
/** Indexing, a server and a browser: ~20 s idle, ~30 s beside another build. */
const SEARCH_TIMEOUT = 180_000;

/**
 * The environment of a deployer's shell: this process's, without the variables Vitest sets for its own
 * Vite (BASE_URL, MODE, DEV, PROD, SSR, VITEST…), which Astro would read as `import.meta.env` values.
 */
function deployerEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|NODE_ENV)$/.test(key)));
}

function textFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => /\.(html|xml|txt|json|csv|js|css)$/.test(f) && !f.includes(`${join(dir, 'pagefind')}`) && statSync(f).isFile());
}

describe('a build without SITE points at no domain', async () => {
	const pages = await builtPages();

	it('has no canonical link, Open Graph URL or citation URL, and no sitemap', () => {
		for (const page of pages) {
			const $ = page.$;
			expect($('link[rel="canonical"], meta[property="og:url"], meta[name="citation_public_url"], link[rel="sitemap"]').length, page.path).toBe(0);
		}
		expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
		expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
	});

	it('no built file names an absolute http(s) URL of its own pages', () => {
		const selfUrl = /https?:\/\/[^\s"'<>]*\/(?:kk|ru|en)\/(?:concept-2000|programme-2001-2010|profile-2014-2019|digitalisation|almaty-internal-migration|glossary|search)\b/;
		const offenders = textFiles(DIST).filter((file) => selfUrl.test(readFileSync(file, 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('build-time citations leave the URL to the browser', () => {
		const page = pages.find((p) => p.path === '/en/concept-2000/')!;
		expect(page.$('[data-cite-output="gost"]').text()).not.toContain('URL:');
		expect(page.$('[data-cite-output="bibtex"]').text()).not.toMatch(/\burl = /);
	});
});

describe(`a build with SITE=${SITE} BASE=${BASE}`, () => {
	let outDir: string;
	let log = '';
	let status: number | null = null;
	let pages: BuiltPage[] = [];

	beforeAll(async () => {
		outDir = mkdtempSync(join(tmpdir(), 'site-under-base-'));
		status = await new Promise<number | null>((resolve) => {
			const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
				cwd: ROOT,
				env: { ...deployerEnv(), SITE, BASE, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
			});
			child.stdout.on('data', (chunk) => (log += chunk));
			child.stderr.on('data', (chunk) => (log += chunk));
			child.on('close', resolve);
		});
		if (status === 0) pages = await loadBuiltPages(outDir);
	}, BUILD_TIMEOUT);
	afterAll(() => rmSync(outDir, { recursive: true, force: true }));

	it('builds, and the build’s own checks pass: every link and #fragment resolves under the base path, ids mirrored', () => {
		expect(status, log.slice(-3000)).toBe(0);
		expect(log).toMatch(/\[site-checks\] \d+ pages: every internal link and #fragment resolves/);
	});

	it('every root-relative link, script and stylesheet is under the base path', () => {
		for (const page of pages) {
			const $ = page.$;
			$('a[href^="/"], link[href^="/"], script[src^="/"], form[action^="/"]').each((_, el) => {
				const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
				expect(url.startsWith(BASE), `${page.path}: ${url}`).toBe(true);
			});
		}
	});

	it('canonical, alternates and Open Graph URLs are on SITE under BASE', () => {
		const page = pages.find((p) => p.path === '/ru/concept-2000/section-1/')!;
		const $ = page.$;
		const canonical = `${SITE}${BASE}ru/concept-2000/section-1/`;
		expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
		expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
		expect($('meta[name="citation_public_url"]').attr('content')).toBe(canonical);
		expect($('link[hreflang="en"]').attr('href')).toBe(`${SITE}${BASE}en/concept-2000/section-1/`);
		expect($('[data-cite-output="gost"]').text()).toContain(`URL: ${canonical}`);
		// The side-by-side view of the page names the page as canonical.
		const view = pages.find((p) => p.path === '/ru/concept-2000/section-1/parallel/kk/')!;
		expect(view.$('link[rel="canonical"]').attr('href')).toBe(canonical);
	});

	it('the sitemap lists every localised page (but search and the side-by-side views) by its absolute URL, with alternates', () => {
		const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		const expected = pages
			.filter((p) => /^\/(kk|ru|en)\//.test(p.path) && !p.path.endsWith('/search/') && !p.path.includes('/parallel/'))
			.map((p) => `${SITE}${BASE.slice(0, -1)}${p.path}`);
		expect(locs.sort()).toEqual(expected.sort());
		expect(xml.match(/hreflang="x-default"/g)?.length).toBe(locs.length);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
	});

	it('dataset downloads name their places by absolute URL', () => {
		const data = JSON.parse(readFileSync(join(outDir, 'data/digitalisation/table-1.json'), 'utf8'));
		expect(data.urls.en).toBe(`${SITE}${BASE}en/digitalisation/main/#table-1`);
	});

	it(
		'search finds pages and links to them under the base path, served there',
		async () => {
			// The build wrote the units' indexes (integrations/search-index.ts); the search page loads them under the base path.
			const server = await preview({ root: ROOT, outDir, base: BASE, server: { port: 4900 + Math.floor(Math.random() * 90), host: '127.0.0.1' }, logLevel: 'error' });
			const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
			try {
				const origin = `http://127.0.0.1:${server.port}`;
				const context = await browser.newContext();
				const guard = await guardContext(context, origin);
				const page = await context.newPage();
				await page.goto(`${origin}${BASE}kk/search/?q=${encodeURIComponent('оралман')}`);
				const first = page.locator('[data-search-results] > li h2 a').first();
				await first.waitFor();
				expect(await first.getAttribute('href')).toMatch(/^\/kz-migration\/kk\//);
				const response = await page.goto(new URL((await first.getAttribute('href'))!, origin).href);
				expect(response?.status()).toBe(200);
				await guard.settle();
				expect(guard.recorded(), 'CSP violations or requests to another origin').toEqual([]);
			} finally {
				await browser.close();
				await server.stop();
			}
		},
		SEARCH_TIMEOUT,
	);
});
