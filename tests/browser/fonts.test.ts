import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFilePage, openPage, siteUrl } from '../helpers/browser';

/** The 42 letters of the Kazakh Cyrillic alphabet, upper and lower case. */
const KAZAKH_UPPER = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
const KAZAKH = KAZAKH_UPPER + KAZAKH_UPPER.toLowerCase();
const FONT_BUDGET = 100 * 1024;
/** A content page of the act, whose ru and en pages hold Russian and English text of their own. */
const TEXT_PAGE = 'concept-2000/section-3';

interface PlatformFont {
	familyName: string;
	postScriptName: string;
	isCustomFont: boolean;
	glyphCount: number;
}

/**
 * The fonts Chromium really drew an element's text with (DevTools Protocol), after adding the element
 * where `parent` says and waiting for the fonts its letters need.
 */
async function fontsDrawing(page: Page, parent: string, tag: string, text: string): Promise<PlatformFont[]> {
	const id = `font-probe-${tag}`;
	await page.evaluate(
		async ({ parent, tag, text, id }) => {
			const element = document.createElement(tag);
			element.id = id;
			element.textContent = text;
			document.querySelector(parent)!.append(element);
			element.getBoundingClientRect(); // lay it out, so that its font loads start before the wait
			await document.fonts.ready;
		},
		{ parent, tag, text, id },
	);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id}` });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return fonts;
}

describe('the web font', () => {
	it.each([
		['body text', '.doc-body', 'p', 'NotoSerif-Regular'],
		['a heading', '.doc-body', 'h2', 'NotoSerif-Bold'],
		['the interface', '.site-footer', 'p', 'NotoSerif-Regular'],
	])('draws every Kazakh letter, upper and lower case, in %s with Noto Serif', async (_, parent, tag, postScriptName) => {
		const page = await openFilePage();
		await page.goto(`${siteUrl}/kk/${TEXT_PAGE}/`);
		const fonts = await fontsDrawing(page, parent, tag, KAZAKH);
		// One font drew all 84 letters: the web font, not a local fallback for some of them.
		expect(fonts).toEqual([{ familyName: 'Noto Serif', postScriptName, isCustomFont: true, glyphCount: KAZAKH.length }]);
	});

	it.each(['kk', 'ru', 'en'])(
		'a %s text page downloads at most 100 KiB of fonts, woff2 from the site, each file once, the preloaded one included',
		async (lang) => {
			const page = await openPage();
			const requests: Promise<{ url: string; bytes: number }>[] = [];
			page.on('requestfinished', (request) => {
				if (request.resourceType() !== 'font') return;
				requests.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
			});
			await page.goto(`${siteUrl}/${lang}/${TEXT_PAGE}/`, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready);
			const fonts = await Promise.all(requests);
			const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
			console.info(`${lang}: ${fonts.length} font files, ${total} B (${fonts.map((f) => f.url.split('/').pop()).join(', ')})`);
			expect(total).toBeGreaterThan(0);
			expect(total).toBeLessThanOrEqual(FONT_BUDGET);
			for (const { url } of fonts) expect(url).toMatch(new RegExp(`^${siteUrl}/_astro/noto-serif-[a-z-]+-\\d+-normal\\.[\\w-]+\\.woff2$`));
			// A preload whose crossorigin mode differs from the font's would download the file twice.
			expect(new Set(fonts.map((f) => f.url)).size).toBe(fonts.length);
			const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluate((link: HTMLLinkElement) => link.href);
			expect(fonts.map((f) => f.url)).toContain(preloaded);
		},
	);
});
