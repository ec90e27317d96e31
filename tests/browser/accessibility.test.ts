import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../helpers/browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every template (the action plan, act history, datasets with charts, figures and equations, a report's parts, summaries, footnotes and list of figures included), in every language (the 404 page exists once, in Kazakh). */
const TEMPLATES = [
	'',
	'concept-2000/',
	'concept-2000/section-3/',
	'concept-2000/resolution/',
	'programme-2001-2010/',
	'programme-2001-2010/section-6/',
	'digitalisation/main/',
	'digitalisation/abstract/',
	'almaty-internal-migration/',
	'almaty-internal-migration/chapter-2/',
	'almaty-internal-migration/appendix-1/',
	'profile-2014-2019/',
	'profile-2014-2019/figures/',
	'profile-2014-2019/part-2/',
	'profile-2014-2019/section-1-2/',
	'profile-2014-2019/section-1-4/',
	'search/?q=оралман',
	'glossary/',
];
const PAGES = ['/', '/404.html', ...['kk', 'ru', 'en'].flatMap((lang) => TEMPLATES.map((t) => `/${lang}/${t}`))];

let browser: Browser;
let site: { url: string; stop: () => Promise<void> };
beforeAll(async () => {
	[browser, site] = await Promise.all([launchBrowser(), serveSite()]);
});
afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

async function axe(page: Page) {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
		return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	});
}

describe('accessibility: axe-core, WCAG 2.2 AA, zero violations', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it(`every template in every language (${scheme} mode)`, async () => {
			const page = await browser.newPage({ colorScheme: scheme });
			const failures: string[] = [];
			for (const path of PAGES) {
				// The root page redirects to /kk/ by <meta refresh>; audit it as served.
				await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
				if (path.startsWith('/') && path.includes('search')) await page.locator('.search-status').filter({ hasText: /./ }).waitFor();
				if (path === '/') await page.waitForURL(/\/kk\/$/);
				// Audit the Cite panel open, as its script leaves it (copy buttons shown).
				const cite = page.locator('details[data-cite] > summary');
				if (await cite.count()) {
					await cite.click();
					await page.locator('[data-cite-copy="gost"]:not([hidden])').waitFor();
				}
				// Audit charts drawn: bring each into view so that it loads.
				for (const chart of await page.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
				if (await page.locator('[data-chart]').count()) await page.waitForSelector('[data-chart][data-chart-drawn]');
				for (const violation of await axe(page)) failures.push(`${path}: ${violation}`);
			}
			console.info(`axe (${scheme}): ${PAGES.length} pages audited, ${failures.length} violations`);
			expect(failures).toEqual([]);
			await page.close();
		});
	}
});
