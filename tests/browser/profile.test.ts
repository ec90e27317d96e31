import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, siteUrl, watchErrors } from '../helpers/browser';

/**
 * The migration profile in the browser: footnotes keep the report's own numbers across pages and
 * round-trip from marker to note and back; cross-references to figures, tables and subsections land
 * on their targets, in the reader's language; short citations of a footnote find its page.
 */
const DOC = 'profile-2014-2019';

/** Whether the element's top edge is inside the viewport (a fragment link scrolled it into view). */
const inView = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => {
		const { top, bottom } = el.getBoundingClientRect();
		return top >= -1 && top < window.innerHeight && bottom > 0;
	});

describe('the migration profile in the browser', () => {
	it('a footnote round trip on a phone: marker 42 → note 42 (numbered 42, not 1) → back to the marker', async () => {
		const page = await openPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/kk/${DOC}/section-1-2/`);
		const marker = page.locator('a[data-footnote-ref][href="#fn-42"]');
		expect(await marker.innerText()).toBe('42');
		// The page's first note is the report's 42nd: the list says 42.
		expect(await page.locator('li#fn-42').evaluate((li) => (li as HTMLLIElement).value)).toBe(42);
		expect(await inView(page, 'li#fn-42')).toBe(false);

		await marker.tap();
		await page.waitForURL(/#fn-42$/);
		expect(await inView(page, 'li#fn-42')).toBe(true);
		expect(await page.locator('li#fn-42').innerText()).toContain('Z1100000477');

		await page.locator('li#fn-42 a[data-footnote-backref]').tap();
		await page.waitForURL(/#fnref-42$/);
		expect(await inView(page, '#fnref-42')).toBe(true);
		expect(await inView(page, 'li#fn-42')).toBe(false);
		expect(errors).toEqual([]);
	});

	it('a short citation of a footnote, /{doc}/#fn-N, finds the page that holds it', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/en/${DOC}/#fn-110`);
		await page.waitForURL(new RegExp(`/en/${DOC}/section-3-2/#fn-110$`));
		expect(await inView(page, 'li#fn-110')).toBe(true);
	});

	it('a figure cross-reference in the prose scrolls to the figure on the same page', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/${DOC}/section-1-2/`);
		const reference = page.locator('[data-doc-body] p a[href="#figure-1-2-5"]').first();
		expect(await reference.innerText()).toBe('1.2.5-сурет');
		await reference.click();
		await page.waitForURL(/#figure-1-2-5$/);
		expect(await inView(page, '#figure-1-2-5')).toBe(true);
		expect(await page.locator('#figure-1-2-5 figcaption').innerText()).toContain('1.2.5-сурет');
		// The figure's series is a printed table's: it says which, and links there.
		await page.locator('#figure-1-2-5 .dataset-derived-from a').click();
		await page.waitForURL(/#table-1-2-1$/);
		expect(await inView(page, '#table-1-2-1')).toBe(true);
	});

	it('a cross-reference to another page keeps the reader’s language: 1.2.3-кіші бөлім from 2.3 in Russian', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/ru/${DOC}/section-2-3/`);
		const reference = page.locator(`[data-doc-body] a[href="/ru/${DOC}/section-1-2/#s-1-2-3"]`).first();
		await reference.click();
		await page.waitForURL(new RegExp(`/ru/${DOC}/section-1-2/#s-1-2-3$`));
		expect(await inView(page, '#s-1-2-3')).toBe(true);
	});

	it('the list of figures links every figure to its place, and a partial figure links to the sentence stating its values', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/en/${DOC}/figures/`);
		expect(await page.locator('.numbered-list tbody tr').count()).toBe(88);
		await page.locator('.numbered-list a[href$="#figure-2-1-3"]').click();
		await page.waitForURL(new RegExp(`/en/${DOC}/section-2-1/#figure-2-1-3$`));
		expect(await inView(page, '#figure-2-1-3')).toBe(true);

		await page.goto(`${siteUrl}/kk/${DOC}/section-1-1/#figure-1-1-1`);
		const stated = page.locator('#figure-1-1-1 td.dataset-stated a').first();
		const target = (await stated.getAttribute('href'))!;
		await stated.click();
		await page.waitForURL(new RegExp(`${target}$`));
		expect(await inView(page, target)).toBe(true);
	});
});
