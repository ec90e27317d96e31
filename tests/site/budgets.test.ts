import { describe, expect, it } from 'vitest';
import { measurePage } from '../../src/checks/budgets';
import { measurePageFonts } from '../../src/checks/font-budget';
import { builtPages, DIST } from '../helpers/dist';

const KiB = 1024;
const JS_BUDGET = 15 * KiB;
const CSS_BUDGET = 14 * KiB;
const FONT_BUDGET = 100 * KiB;

describe('byte budgets (gzip) on text pages', async () => {
	const pages = await builtPages();
	// Text pages: everything a reader reads. The search page is the one place search code may load.
	const textPages = pages.filter((p) => !p.path.endsWith('/search/'));
	const weights = textPages.map((p) => measurePage(p, DIST));
	const max = (key: 'js' | 'css') => weights.reduce((a, b) => (b[key] > a[key] ? b : a));

	it(`initial JS ≤ ${JS_BUDGET / KiB} KiB gzip on every text page`, () => {
		const worst = max('js');
		console.info(`largest initial JS: ${worst.js} B gzip on ${worst.page} (budget ${JS_BUDGET} B; ${textPages.length} text pages)`);
		for (const w of weights) expect(w.js, w.page).toBeLessThanOrEqual(JS_BUDGET);
	});

	it(`CSS ≤ ${CSS_BUDGET / KiB} KiB gzip on every text page`, () => {
		const worst = max('css');
		console.info(`largest CSS: ${worst.css} B gzip on ${worst.page} (budget ${CSS_BUDGET} B)`);
		for (const w of weights) expect(w.css, w.page).toBeLessThanOrEqual(CSS_BUDGET);
	});

	it(`fonts ≤ ${FONT_BUDGET / KiB} KiB on every text page (every woff2 file its text can make it download)`, () => {
		const fonts = textPages.map((p) => measurePageFonts(p, DIST));
		const worst = fonts.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		console.info(`largest fonts: ${worst.bytes} B on ${worst.page}: ${worst.files.join(', ')} (budget ${FONT_BUDGET} B)`);
		for (const f of fonts) {
			expect(f.bytes, f.page).toBeLessThanOrEqual(FONT_BUDGET);
			for (const file of f.files) expect(file, f.page).toMatch(/\.woff2$/);
		}
		// Every text page sets some of its text in the web font (the measure above is not vacuous).
		for (const f of fonts) expect(f.files.length, f.page).toBeGreaterThan(0);
	});

	it('text pages load no search or chart code up front', () => {
		for (const w of weights) {
			for (const src of w.scripts) expect(src, `${w.page} loads ${src}`).not.toMatch(/pagefind|chart/i);
		}
		for (const page of textPages) {
			expect(page.$('script:not([src])').text(), page.path).not.toMatch(/pagefind|chart\.js/i);
		}
	});

	it('the search page loads Pagefind only on demand (dynamic import), not as a script tag', () => {
		const search = pages.find((p) => p.path === '/kk/search/')!;
		const weight = measurePage(search, DIST);
		expect(weight.scripts.some((s) => s.includes('pagefind'))).toBe(false);
		expect(weight.js).toBeLessThanOrEqual(JS_BUDGET);
	});
});
