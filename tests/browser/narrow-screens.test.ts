import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlPathOf } from '../../src/checks/dist';
import { openFilePage, siteUrl } from '../helpers/browser';
import { DIST } from '../helpers/dist';

/**
 * Every built page (root, 404, and every page in kk, ru and en; a sample of the side-by-side views) at 360 × 740 px, the narrowest phone
 * the site is made for: nothing scrolls sideways, as loaded and with every <details> open (document
 * contents, "On this page", Cite panel). On failure the message names the page, how wide it is and
 * the elements a sideways swipe would reveal, widest first.
 *
 * One test per document and language (one per language for the glossary's term pages, and for the
 * site's other pages), all on one shared browser page (several pages loading in parallel were slower
 * on two cores). Measured on the two-core machine: 212 pages in 45–65 s quiet, 160 s at a load average
 * of 13–16; 659 pages (with 414 term pages) in 86 s quiet.
 */
const WIDTH = 360;

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does this).');
/**
 * The side-by-side views (six per translated page) are one template filled with two texts the sweep
 * already measures page by page: of each document's views, those of its first text page are swept,
 * in three pairs, so that each language is once on the left and once on the right.
 */
const SWEPT_PAIRS = new Set(['kk/ru', 'ru/en', 'en/kk']);
const SWEPT_VIEW_PAGES = new Set(['concept-2000/concept', 'programme-2001-2010/section-6', 'digitalisation/abstract', 'almaty-internal-migration/chapter-2', 'profile-2014-2019/section-1-2']);
const isSweptView = (path: string) => {
	const view = /^\/(kk|ru|en)\/([^/]+\/[^/]+)\/parallel\/(kk|ru|en)\/$/.exec(path);
	return !view || (SWEPT_PAIRS.has(`${view[1]}/${view[3]}`) && SWEPT_VIEW_PAGES.has(view[2]!));
};
const paths = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => urlPathOf(DIST, join(DIST, file)))
	.filter(isSweptView)
	.sort();

/** A glossary term's page: one template, no scripts that change its layout, 138 of them per language. */
const isTermPage = (path: string) => /^\/(kk|ru|en)\/glossary\/[a-z0-9-]+\/$/.test(path);

/** "kk concept-2000" for the pages of a document in a language, "kk glossary terms", "kk" for a language's other pages, "/" for the root and 404. */
function groupOf(path: string): string {
	const [lang, document] = path.split('/').filter(Boolean);
	if (!lang || lang === '404.html') return '/';
	if (isTermPage(path)) return `${lang} glossary terms`;
	const isDocument = document !== undefined && !['glossary', 'search'].includes(document);
	return isDocument ? `${lang} ${document}` : lang;
}
/** At most this many pages per test: a profile page takes up to 2 s to load on a loaded machine. Term pages are cheap to measure (see problemsOf): one test takes a language's. */
const PAGES_PER_TEST = 10;
const byGroup = new Map<string, string[]>();
for (const path of paths) byGroup.set(groupOf(path), [...(byGroup.get(groupOf(path)) ?? []), path]);
const tests = [...byGroup].flatMap(([group, groupPaths]) => {
	const parts = group.endsWith('glossary terms') ? 1 : Math.ceil(groupPaths.length / PAGES_PER_TEST);
	const size = Math.ceil(groupPaths.length / parts);
	return Array.from({ length: parts }, (_, i) => [parts > 1 ? `${group} (${i + 1}/${parts})` : group, groupPaths.slice(i * size, (i + 1) * size)] as const);
});

interface Overflow {
	/** document.documentElement.scrollWidth */
	width: number;
	/** Elements that end right of the viewport and that no scrolling box clips, widest first. */
	escaping: string[];
}

/**
 * In the page: its scroll width and, when that is wider than the viewport, every element whose box ends right of the viewport without a
 * scrolling ancestor to clip it (that ancestor must be in its containing-block chain: an absolutely
 * positioned element escapes a scroller that is not positioned, which is how the visually hidden text
 * of a flagged table cell once widened whole pages). Fixed elements add nothing to a page's width.
 */
function measureOverflow(viewportWidth: number): Overflow {
	const establishesAbsoluteContainingBlock = (style: CSSStyleDeclaration) =>
		style.position !== 'static' || style.transform !== 'none' || style.filter !== 'none' || style.containerType !== 'normal' || /paint|layout|strict|content/.test(style.contain);
	/** The box an element's position and clipping depend on (null: the page itself). */
	function containingBlock(element: Element, style: CSSStyleDeclaration): Element | null {
		let block = element.parentElement;
		if (style.position === 'absolute') while (block && !establishesAbsoluteContainingBlock(getComputedStyle(block))) block = block.parentElement;
		return block === document.body || block === document.documentElement ? null : block;
	}
	// Whether a box clips what it contains, or is itself clipped or fixed, memoised: a table has thousands of cells.
	const clipping = new Map<Element, boolean>();
	function clipsContents(block: Element | null): boolean {
		if (!block) return false;
		let clips = clipping.get(block);
		if (clips === undefined) {
			const style = getComputedStyle(block);
			clips = style.overflowX !== 'visible' || style.position === 'fixed' || clipsContents(containingBlock(block, style));
			clipping.set(block, clips);
		}
		return clips;
	}
	// A page no wider than the viewport has nothing a swipe could reveal: only a wider one is searched
	// for the elements that widen it (the search lays out every element, which costs a long page seconds).
	const width = document.documentElement.scrollWidth;
	if (width <= viewportWidth) return { width, escaping: [] };
	const escaping: { right: number; name: string }[] = [];
	for (const element of document.body.querySelectorAll('*')) {
		const box = element.getBoundingClientRect();
		if (box.right <= viewportWidth + 0.5 || (box.width === 0 && box.height === 0)) continue;
		const style = getComputedStyle(element);
		if (style.position === 'fixed' || clipsContents(containingBlock(element, style))) continue;
		const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + [...element.classList].map((c) => `.${c}`).join('');
		const within = element.parentElement?.closest('[id]');
		escaping.push({ right: box.right, name: `${name}${within ? ` in #${within.id}` : ''} (right edge ${Math.round(box.right)} px)` });
	}
	escaping.sort((a, b) => b.right - a.right);
	return { width, escaping: escaping.map((e) => e.name) };
}

let page: Page;
beforeAll(async () => {
	page = await openFilePage({ viewport: { width: WIDTH, height: 740 } });
	// The root page enters /kk/ at once by <meta http-equiv="refresh">: serve it without the refresh, so
	// that the root page itself is measured.
	await page.route(`${siteUrl}/`, async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
	});
});

/**
 * Loads each page and reports every page wider than the viewport, as loaded and with every
 * <details> open. Glossary term pages after the first of a test are not navigated to: their body
 * replaces the previous one's in the same document (same stylesheet, fonts and layout, a tenth of the
 * time), which measures the same thing for a template whose script changes nothing of its layout.
 */
async function problemsOf(paths: readonly string[]): Promise<string[]> {
	const problems: string[] = [];
	for (const [i, path] of paths.entries()) {
		if (i > 0 && isTermPage(path) && isTermPage(paths[i - 1]!)) {
			const html = await (await fetch(`${siteUrl}${path}`)).text();
			await page.evaluate((source) => {
				const next = new DOMParser().parseFromString(source, 'text/html');
				document.body.replaceWith(document.adoptNode(next.body));
			}, html);
		} else {
			// A search page is measured with its results shown.
			const url = path.endsWith('/search/') ? `${path}?q=${encodeURIComponent('оралман')}` : path;
			await page.goto(`${siteUrl}${url}`);
			if (url !== path) await page.locator('.search-status').filter({ hasText: /./ }).waitFor();
		}
		await page.evaluate(() => document.fonts.ready);
		for (const state of ['as loaded', 'with every <details> open']) {
			if (state !== 'as loaded') await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
			const { width, escaping } = await page.evaluate(measureOverflow, WIDTH);
			if (width > WIDTH || escaping.length) {
				problems.push(`${path} (${state}) is ${width} px wide; beyond the viewport: ${escaping.slice(0, 3).join(', ') || 'no single element found'}`);
			}
		}
	}
	return problems;
}

describe(`no page scrolls sideways at ${WIDTH} px`, () => {
	it('the build has every page: root, 404 and all three languages', () => {
		expect(paths).toContain('/');
		expect(paths).toContain('/404.html');
		for (const lang of ['kk', 'ru', 'en']) expect(paths.filter((p) => p.startsWith(`/${lang}/`)).length).toBeGreaterThan(50);
	});

	it.each(tests)('%s', async (_name, groupPaths) => {
		expect(await problemsOf(groupPaths)).toEqual([]);
	});
});
