import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import yaml from 'js-yaml';
import { axe, COLOUR_CONTRAST, WCAG_AA } from '../helpers/axe';
import { openPage, siteUrl, watchErrors } from '../helpers/browser';

/**
 * Glossary term previews (client/term-preview.ts): the card a term link of the text shows on hover,
 * keyboard focus and tap (WCAG 1.4.13: dismissible, hoverable, persistent), without moving anything.
 */
const PAGE = '/concept-2000/section-3/';
const oralman = yaml.load(readFileSync('src/content/glossary/oralman.yaml', 'utf8')) as { term: Record<string, string>; definition: Record<string, string> };

const card = (page: Page) => page.locator('#term-preview');
const termLink = (page: Page, id = 'oralman') => page.locator(`[data-doc-body] a.term-link[data-term="${id}"]`).first();

/** Rests the mouse on the middle of a link (scrolled into view) and waits for its card. */
async function hover(page: Page, link: Locator) {
	await link.scrollIntoViewIfNeeded();
	await link.hover();
	await card(page).waitFor({ state: 'visible' });
}

/** The sum of the layout shifts the page reports from now until `action` has finished (and two frames after). */
async function layoutShiftDuring(page: Page, action: () => Promise<void>): Promise<number> {
	await page.evaluate(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.shift += (entry as PerformanceEntry & { value: number }).value;
		}).observe({ type: 'layout-shift' });
	});
	await action();
	return page.evaluate(async () => {
		for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
		return (window as unknown as { shift: number }).shift;
	});
}

describe('glossary term previews', () => {
	it('hover shows the term, its equivalents and definition in the reader’s language; Esc hides it', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/en${PAGE}`);
		const link = termLink(page);
		await hover(page, link);
		const preview = card(page);
		expect(await preview.getAttribute('lang')).toBe('en');
		expect(await preview.locator('.term-preview-term').textContent()).toBe(oralman.term.en);
		expect(await preview.locator('#term-preview-definition').textContent()).toBe(oralman.definition.en);
		expect(await preview.locator('dd[lang="kk"]').textContent()).toBe(oralman.term.kk);
		expect(await preview.locator('dd[lang="ru"]').textContent()).toBe(oralman.term.ru);
		expect(await preview.getByRole('link', { name: 'Open the term page' }).getAttribute('href')).toBe('/en/glossary/oralman/');
		expect(await link.getAttribute('aria-describedby')).toBe('term-preview-definition');

		// Esc: the pointer stays on the link, and the card stays closed.
		await page.keyboard.press('Escape');
		await preview.waitFor({ state: 'hidden' });
		expect(await link.getAttribute('aria-describedby')).toBeNull();
		await page.waitForTimeout(800);
		expect(await preview.isVisible()).toBe(false);
		expect(errors).toEqual([]);
	});

	it('the pointer can move onto the card and it stays; it closes once the pointer has left both', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk${PAGE}`);
		const link = termLink(page);
		await hover(page, link);
		const from = (await link.boundingBox())!;
		const to = (await card(page).boundingBox())!;
		// Across the gap, in small steps, to the middle of the card, then rest there past the close delay.
		await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
		await page.waitForTimeout(800);
		expect(await card(page).isVisible()).toBe(true);
		// Back onto the link, then away from both.
		await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2, { steps: 6 });
		await page.waitForTimeout(500);
		expect(await card(page).isVisible()).toBe(true);
		await page.mouse.move(2, 2, { steps: 4 });
		await card(page).waitFor({ state: 'hidden' });
	});

	it('keyboard focus shows the card, Tab reaches its link, and leaving it closes the card', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/ru${PAGE}`);
		const link = termLink(page);
		await link.focus();
		await card(page).waitFor({ state: 'visible' });
		expect(await card(page).locator('#term-preview-definition').textContent()).toBe(oralman.definition.ru);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('#term-preview') !== null && document.activeElement?.textContent)).toBe('Открыть страницу термина');
		// Esc from inside the card closes it and puts focus back on the term link.
		await page.keyboard.press('Escape');
		await card(page).waitFor({ state: 'hidden' });
		expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
		// Away and back: it opens again. Tab twice leaves link and card: the card closes (or, when focus
		// lands on the next term link, shows that term).
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await card(page).waitFor({ state: 'visible' });
		expect(await card(page).locator('.term-preview-term').textContent()).toBe(oralman.term.ru);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect.poll(() => link.getAttribute('aria-describedby')).toBeNull();
		const shown = await card(page).evaluate((el) => el.isConnected && el.matches(':popover-open') && el.querySelector('.term-preview-term')!.textContent);
		expect(shown).not.toBe(oralman.term.ru);
		expect(await page.evaluate(() => document.activeElement?.closest('#term-preview'))).toBeNull();
	});

	it('on a touch screen the first tap opens the card, a tap elsewhere closes it, a second tap follows the link', async () => {
		const page = await openPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/kk${PAGE}`);
		const link = termLink(page);
		await link.scrollIntoViewIfNeeded();
		// The first tap also loads the preview code: the tap is held until it has loaded.
		await link.tap();
		await card(page).waitFor({ state: 'visible' });
		expect(page.url()).toBe(`${siteUrl}/kk${PAGE}`);
		await page.locator('h1').tap();
		await card(page).waitFor({ state: 'hidden' });
		await link.tap();
		await card(page).waitFor({ state: 'visible' });
		await link.tap();
		await page.waitForURL(`${siteUrl}/kk/glossary/oralman/`);
		expect(errors).toEqual([]);
	});

	it('opening a card moves nothing on the page', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk${PAGE}`);
		await page.evaluate(() => document.fonts.ready);
		const link = termLink(page);
		await link.scrollIntoViewIfNeeded();
		// Where every block of the text is, on screen or not (the layout-shift entries cover only what was on screen).
		const positions = () => page.locator('[data-doc-body] :is(p, li, h2, h3, figure, table):not(#term-preview *)').evaluateAll((all) => all.map((el) => `${el.getBoundingClientRect().left},${el.getBoundingClientRect().top}`));
		const before = await positions();
		const shift = await layoutShiftDuring(page, () => hover(page, link));
		expect(shift).toBe(0);
		expect(await positions()).toEqual(before);
	});

	it('at 360 px the card stays inside the viewport, below a link or above one near the bottom', async () => {
		const page = await openPage({ viewport: { width: 360, height: 640 } });
		await page.goto(`${siteUrl}/kk${PAGE}`);
		// The card's box inside the viewport, with nothing to scroll sideways.
		const inViewport = () =>
			card(page).evaluate((el) => {
				const r = el.getBoundingClientRect();
				return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.top >= 0 && r.bottom <= innerHeight && document.documentElement.scrollWidth <= innerWidth;
			});
		/** Scrolls the page so that the link's top is `top` px from the viewport's top. */
		const scrollLinkTo = (link: Locator, top: number) => link.evaluate((a, top) => scrollBy(0, a.getBoundingClientRect().top - top), top);
		const side = async (link: Locator) =>
			card(page).evaluate((el, a) => {
				const c = el.getBoundingClientRect();
				const l = a!.getBoundingClientRect();
				return c.top >= l.bottom ? 'below' : c.bottom <= l.top ? 'above' : 'overlapping';
			}, await link.elementHandle());
		// The link furthest to the right on its line, near the top of the viewport: the card goes below it.
		const links = page.locator('[data-doc-body] a.term-link');
		const rightmost = await links.evaluateAll((all) => all.reduce((best, a, i) => (a.getBoundingClientRect().right > all[best]!.getBoundingClientRect().right ? i : best), 0));
		const right = links.nth(rightmost);
		await scrollLinkTo(right, 40);
		await right.hover();
		await card(page).waitFor({ state: 'visible' });
		expect(await inViewport()).toBe(true);
		expect(await side(right)).toBe('below');

		await page.mouse.move(2, 2);
		await card(page).waitFor({ state: 'hidden' });
		// A link at the bottom of the viewport: the card goes above it.
		const low = links.nth(1);
		await scrollLinkTo(low, 640 - 30);
		await low.hover();
		await card(page).waitFor({ state: 'visible' });
		expect(await inViewport()).toBe(true);
		expect(await side(low)).toBe('above');
	});

	it('axe finds no violations with a card open, in light and in dark mode', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk${PAGE}`);
		await hover(page, termLink(page));
		const light = await axe(page, WCAG_AA);
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await axe(page, COLOUR_CONTRAST);
		expect({ light, dark }).toEqual({ light: [], dark: [] });
	});
});
