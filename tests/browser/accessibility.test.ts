import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, COLOUR_CONTRAST, WCAG_AA } from '../helpers/axe';
import { openFilePage, siteUrl } from '../helpers/browser';

/**
 * axe-core on one page of every template (the action plan, act history, datasets with charts, figures
 * and equations, a report's parts, summaries, footnotes and list of figures included), one test each.
 *
 * The full WCAG 2.2 AA audit runs in light mode on every template in Kazakh, on the templates whose
 * markup changes with the language in Russian and English (TRANSLATED_TEMPLATES), and on the
 * side-by-side view once per language on the left. Dark mode changes only
 * colours, so the same page is then switched to dark and audited with the colour-contrast rule alone.
 *
 * The audits share one browser page, each loading its own document: axe stays compiled in the page's
 * renderer and the site's scripts and styles in its cache, which halves the time of an audit.
 */
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
	// A long source's list of parts, and a part (its lines are those of a short source's page).
	'profile-2014-2019/source/',
	'search/?q=оралман',
	'glossary/',
	'glossary/oralman/',
];
/** Side-by-side views exist per pair of languages: each language on the left once. */
const PARALLEL_VIEWS = ['/kk/concept-2000/section-3/parallel/ru/', '/ru/programme-2001-2010/section-6/parallel/en/', '/en/concept-2000/resolution/parallel/kk/'];
/**
 * In Russian and English, the templates whose markup changes with the language beyond UI strings: a
 * translated act with its notice, the action plan's translated cells, the authors' abstracts in their
 * own languages beside ours, a profile section whose footnotes keep Kazakh entries in `lang="kk"`, the
 * home, search and glossary pages. Every document is translated, so the other templates differ from
 * their Kazakh pages only in words (the 360 px sweep and the HTML validator still see every page).
 */
const TRANSLATED_TEMPLATES = ['', 'concept-2000/section-3/', 'programme-2001-2010/section-6/', 'digitalisation/abstract/', 'profile-2014-2019/section-1-2/', 'search/?q=оралман', 'glossary/oralman/'];
/** The root page and the 404 page exist once, in Kazakh. */
const PAGES = [
	'/',
	'/404.html',
	...TEMPLATES.map((template) => `/kk/${template}`),
	...['ru', 'en'].flatMap((lang) => TRANSLATED_TEMPLATES.map((template) => `/${lang}/${template}`)),
	...PARALLEL_VIEWS,
];

/** Measured: ≤ 15 s for the largest page (a profile section with 14 charts) on a loaded two-core machine. */
const AUDIT_TIMEOUT = 60_000;

let page: Page;
beforeAll(async () => {
	page = await openFilePage();
	// The root page enters /kk/ at once by <meta http-equiv="refresh">: serve it without the refresh, so
	// that the root page itself is what gets audited.
	await page.route(`${siteUrl}/`, async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
	});
});

/** Loads a page in light mode as a reader leaves it: the Cite panel open, every chart drawn, search results shown. */
async function openForAudit(path: string): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'domcontentloaded' });
	// A missing page would be audited as the 404 page.
	expect(response?.status(), path).toBe(200);
	if (path.includes('/search/')) await page.locator('.search-status').filter({ hasText: /./ }).waitFor();
	// The Cite panel as its script leaves it on opening (copy buttons shown).
	const cite = page.locator('details[data-cite] > summary');
	if (await cite.count()) {
		await cite.click();
		await page.locator('[data-cite-copy="gost"]:not([hidden])').waitFor();
	}
	// Charts load when they come near the viewport: bring each into view in turn until it is drawn (in
	// the page, not step by step from here: one chart takes a frame or two, a round trip may take longer).
	await page.evaluate(async () => {
		for (const chart of document.querySelectorAll<HTMLElement>('[data-chart]')) {
			chart.scrollIntoView({ block: 'center' });
			const deadline = performance.now() + 20_000;
			while (!chart.hasAttribute('data-chart-drawn')) {
				if (performance.now() > deadline) throw new Error(`the chart of #${chart.closest('figure')?.id} was not drawn`);
				await new Promise(requestAnimationFrame);
			}
		}
	});
}

describe('axe-core: no violations of WCAG 2.2 AA in light mode, nor of colour contrast in dark mode', () => {
	it.each(PAGES)('%s', { timeout: AUDIT_TIMEOUT }, async (path) => {
		await openForAudit(path);
		const light = await axe(page, WCAG_AA);
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await axe(page, COLOUR_CONTRAST);
		expect({ light, dark }).toEqual({ light: [], dark: [] });
		expect(decodeURI(page.url()), 'the audited page is the one asked for').toBe(`${siteUrl}${path}`);
	});
});
