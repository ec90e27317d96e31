import { describe, expect, it } from 'vitest';
import { openPage, siteUrl, watchErrors } from '../helpers/browser';

describe('source text pages in the browser', () => {
	it('a dataset’s “lines N–M” opens the source page at line N with lines N–M marked', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/en/profile-2014-2019/section-1-2/`);
		const link = page.locator('#table-1-2-1 .dataset-provenance a').first();
		const [first, last] = (await link.textContent())!.split('–').map(Number) as [number, number];
		await link.click();
		// The profile's source (6,861 lines) is in parts of 1,000: the link goes to the part that holds the lines.
		const part = `lines-${Math.floor((first - 1) / 1000) * 1000 + 1}-${Math.floor((first - 1) / 1000) * 1000 + 1000}`;
		await page.waitForURL(new RegExp(`/en/profile-2014-2019/source/${part}/\\?lines=${first}-${last}#L${first}$`));
		await expect.poll(() => page.locator('.source-range').count()).toBe(last - first + 1);
		expect(await page.locator('.source-range').first().getAttribute('id')).toBe(`L${first}`);
		expect(await page.locator(`#L${first}`).isVisible()).toBe(true);
		// The line is in view, below the top edge, not under it.
		const top = await page.locator(`#L${first}`).evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
		expect(errors).toEqual([]);
	});

	it('a line link made to a long source’s own page (as before it was split) is forwarded to the part that holds the line, range and all', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/ru/profile-2014-2019/source/?lines=1998-2003#L1998`);
		await page.waitForURL(`${siteUrl}/ru/profile-2014-2019/source/lines-1001-2000/?lines=1998-2003#L1998`);
		await expect.poll(() => page.locator('.source-range').count()).toBe(3);
		expect(await page.locator('#L1998').isVisible()).toBe(true);
		// The rest of the range is marked when the reader goes on to the next part.
		expect(await page.locator('a[rel="next"]').first().getAttribute('href')).toBe('/ru/profile-2014-2019/source/lines-2001-3000/?lines=2001-2003#L2001');
		await page.locator('a[rel="next"]').first().click();
		await expect.poll(() => page.locator('.source-range').count()).toBe(3);
		expect(await page.locator('.source-range').first().getAttribute('id')).toBe('L2001');
		// One line, and a line of the last part.
		await page.goto(`${siteUrl}/kk/profile-2014-2019/source/#L6861`);
		await page.waitForURL(`${siteUrl}/kk/profile-2014-2019/source/lines-6001-6861/#L6861`);
		expect(errors).toEqual([]);
	});

	it('on a phone, long lines wrap inside the page: nothing scrolls sideways', async () => {
		const page = await openPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${siteUrl}/kk/concept-2000/source/#L25`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// Line 25 wraps over several lines under its text, its number alone in the gutter.
		const [line, number] = await Promise.all([page.locator('#L25').boundingBox(), page.locator('#L25 > a').boundingBox()]);
		expect(line!.height).toBeGreaterThan(number!.height * 3);
	});
});
