import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, siteUrl } from '../helpers/browser';

/**
 * The document pages' layout on phones and desks (global.css, "Document pages"): the navigations
 * without JS, the "back to contents" link, wide tables, and copy-links beside list items.
 */
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1366, height: 800 };

/** The viewport box of the first element matching the selector. */
const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

describe('document page layout', () => {
	it('without JS: on a phone both navigations are closed toggles above the article; at 60rem the contents are a column; at 75rem both are', async () => {
		const page = await openPage({ viewport: PHONE });
		// No script runs: the site's are not served (the harness's own checks need JS in the page).
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(`${siteUrl}/ru/concept-2000/section-3/`);
		const contents = page.locator('.doc-sidebar .document-contents');
		const onThisPage = page.locator('.on-this-page nav');
		const toggles = page.locator('.doc-nav-toggle > summary');
		// Rendered closed, so nothing above the article changes when the page loads: the title is on the first screen.
		expect(await page.locator('.doc-nav-toggle[open]').count()).toBe(0);
		expect(await contents.isVisible()).toBe(false);
		expect(await onThisPage.isVisible()).toBe(false);
		expect(await toggles.allInnerTexts()).toEqual(['Содержание документа', 'На этой странице']);
		for (const toggle of await toggles.all()) expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(24);
		expect((await box(page, 'h1')).top).toBeLessThan(PHONE.height * 0.6);

		// One tap opens the page's headings, one more goes to a heading.
		await page.locator('.on-this-page > summary').click();
		expect(await onThisPage.isVisible()).toBe(true);
		await onThisPage.locator('a[href="#s-3-longterm-2"]').click();
		await page.waitForURL(/#s-3-longterm-2$/);

		await page.goto(`${siteUrl}/ru/concept-2000/section-3/`);
		await page.setViewportSize({ width: 1024, height: 800 });
		expect(await contents.isVisible()).toBe(true);
		expect(await page.locator('.doc-sidebar-details > summary').isVisible()).toBe(false);
		expect(await onThisPage.isVisible()).toBe(false);
		expect((await box(page, '.doc-toc')).bottom).toBeLessThanOrEqual((await box(page, '.doc-article')).top);

		await page.setViewportSize(DESK);
		expect(await contents.isVisible()).toBe(true);
		expect(await onThisPage.isVisible()).toBe(true);
		expect(await toggles.first().isVisible()).toBe(false);
		expect(await toggles.last().isVisible()).toBe(false);
		expect(await page.locator('#on-this-page-label').isVisible()).toBe(true);
		const [sidebar, article, toc] = await Promise.all(['.doc-sidebar', '.doc-article', '.doc-toc'].map((s) => box(page, s)));
		expect(sidebar!.right).toBeLessThanOrEqual(article!.left);
		expect(article!.right).toBeLessThanOrEqual(toc!.left);
	});

	it('a long page on a phone has a "back to contents" link: hidden at the top, then at the bottom of the screen, a real link to the navigation', async () => {
		const page = await openPage({ viewport: PHONE });
		await page.goto(`${siteUrl}/kk/concept-2000/section-3/`);
		const back = page.locator('a.back-to-contents');
		expect(await back.getAttribute('href')).toBe('#doc-top');
		expect(await back.isVisible()).toBe(false);

		await page.evaluate(() => scrollTo(0, 3000));
		await expect.poll(() => back.isVisible()).toBe(true);
		// Its name is the words; the arrow is decoration.
		expect(await page.getByRole('link', { name: 'Мазмұнға оралу', exact: true }).count()).toBe(1);
		const link = (await back.boundingBox())!;
		expect(link.height).toBeGreaterThanOrEqual(24);
		expect(link.width).toBeGreaterThanOrEqual(24);
		expect(link.y + link.height).toBeLessThanOrEqual(PHONE.height);
		expect(link.y + link.height).toBeGreaterThan(PHONE.height - 40);
		await back.focus();
		expect(await back.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

		await back.click();
		await page.waitForURL(/#doc-top$/);
		expect(await page.locator('.doc-sidebar-details > summary').isVisible()).toBe(true);
		expect((await box(page, '.doc-sidebar-details > summary')).top).toBeGreaterThanOrEqual(0);
		expect((await box(page, '.doc-sidebar-details > summary')).top).toBeLessThan(PHONE.height / 4);

		// At the end of the article it rests after the last line, over nothing.
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		expect((await box(page, 'a.back-to-contents')).top).toBeGreaterThanOrEqual((await box(page, '.pagination')).bottom);

		// Not on a short page; not on a desk, where both navigations are columns.
		await page.goto(`${siteUrl}/ru/concept-2000/section-5/`);
		expect(await page.locator('a.back-to-contents').count()).toBe(0);
		await page.goto(`${siteUrl}/en/concept-2000/section-3/`);
		await page.setViewportSize(DESK);
		await page.evaluate(() => scrollTo(0, 3000));
		expect(await page.locator('a.back-to-contents').isVisible()).toBe(false);
	});

	it('on a desk a wide table takes the width beyond the text column, over "On this page", and still shows it scrolls', async () => {
		const page = await openPage({ viewport: DESK });
		await page.goto(`${siteUrl}/en/almaty-internal-migration/chapter-2/`);
		// With JS the navigations shown as columns are also open (their state, for assistive technology).
		expect(await page.locator('.doc-nav-toggle[open]').count()).toBe(2);
		const region = page.locator('#table-8 .table-scroll');
		await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const [scroller, body, toc] = await Promise.all(['#table-8 .table-scroll', '.doc-body', '.doc-toc'].map((s) => box(page, s)));
		expect(scroller!.left).toBeCloseTo(body!.left, 0);
		expect(scroller!.width).toBeGreaterThan(body!.width + toc!.width / 2);
		expect(scroller!.right).toBeLessThanOrEqual(DESK.width);
		// Opaque and above the "On this page" column it crosses.
		const covering = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.table-scroll, .doc-toc')?.className, [toc!.left + 10, scroller!.top + scroller!.height / 2]);
		expect(covering).toBe('table-scroll');
		// Still wider than the room it has: the scroll cue (shadows at the edges) and the keyboard scroll it.
		expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		expect(await region.evaluate((el) => getComputedStyle(el).backgroundAttachment)).toMatch(/local.*scroll/);
		expect(await region.getAttribute('role')).toBe('region');
		await region.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

		// A table that fits the text column stays in it.
		const narrow = await box(page, '#table-6 .table-scroll');
		expect(narrow.right).toBeLessThanOrEqual(body!.right + 1);
	});

	it('on a phone a table scrolls inside its box, its row headers staying in view', async () => {
		const page = await openPage({ viewport: PHONE });
		await page.goto(`${siteUrl}/kk/profile-2014-2019/section-1-2/`);
		const region = page.locator('#table-1-2-1 .table-scroll');
		await region.evaluate((el) => el.scrollIntoView());
		const before = await box(page, '#table-1-2-1 tbody th');
		await region.evaluate((el) => el.scrollBy(200, 0));
		await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect((await box(page, '#table-1-2-1 tbody th')).left).toBeCloseTo(before.left, 0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	});

	it('on a desk the "#" of a point in a list sits in the margin, clear of the bullet, in line with the paragraphs’', async () => {
		const page = await openPage({ viewport: DESK });
		await page.goto(`${siteUrl}/kk/almaty-internal-migration/conclusion/`);
		const listLinks = await page.locator('.doc-body li .citable > .copy-link').evaluateAll((links) =>
			links.map((link) => ({ right: link.getBoundingClientRect().right, left: link.getBoundingClientRect().left, list: link.closest('ul, ol')!.getBoundingClientRect().left })),
		);
		expect(listLinks.length).toBeGreaterThan(3);
		const paragraphLink = await box(page, '.doc-body > .citable > .copy-link');
		for (const link of listLinks) {
			// The bullet is drawn in the list's own left padding: the "#" ends before the list begins.
			expect(link.right).toBeLessThanOrEqual(link.list);
			expect(link.left).toBeCloseTo(paragraphLink.left, 0);
		}
	});
});
