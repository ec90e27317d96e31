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
		await page.waitForURL(new RegExp(`/en/profile-2014-2019/source/\\?lines=${first}-${last}#L${first}$`));
		await expect.poll(() => page.locator('.source-range').count()).toBe(last - first + 1);
		expect(await page.locator('.source-range').first().getAttribute('id')).toBe(`L${first}`);
		expect(await page.locator(`#L${first}`).isVisible()).toBe(true);
		// The line is in view, below the top edge, not under it.
		const top = await page.locator(`#L${first}`).evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
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
