import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadText, openPage, siteUrl, watchErrors } from '../helpers/browser';

/** The article's Table 1 (monthly migration 2024): a bar chart below the fold of its page. */
const TABLE_PAGE = '/digitalisation/main/';
const TABLE = '#table-1';

/** A digest of the chart's pixels: blank canvases and redraws in other colours differ. */
const canvasPixels = (page: Page) =>
	page.locator(`${TABLE} canvas`).evaluate((canvas: HTMLCanvasElement) => {
		const context = canvas.getContext('2d')!;
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		let sum = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i + 3]! > 0) painted++;
			sum = (sum + data[i]! * 3 + data[i + 1]! * 5 + data[i + 2]! * 7) % 1_000_000_007;
		}
		return { width: canvas.width, height: canvas.height, painted, sum };
	});

describe('datasets in the browser', () => {
	it('loads chart code only when a chart scrolls into view, then draws it; dark mode redraws it in dark colours', async () => {
		const page = await openPage({ viewport: { width: 1280, height: 800 } });
		const errors = watchErrors(page);
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
		await page.goto(`${siteUrl}/en${TABLE_PAGE}`);
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((s) => /\/chart\.[\w-]+\.js$/.test(s)), 'chart code before scrolling').toEqual([]);
		expect(await page.locator(`${TABLE} [data-chart]`).getAttribute('data-chart-drawn')).toBeNull();

		await page.locator(`${TABLE} [data-chart]`).scrollIntoViewIfNeeded();
		await page.waitForSelector(`${TABLE} [data-chart][data-chart-drawn]`);
		expect(scripts.some((s) => /\/chart\.[\w-]+\.js$/.test(s)), 'chart code after scrolling').toBe(true);
		await page.waitForTimeout(1200); // the drawing animation
		const light = await canvasPixels(page);
		expect(light.width).toBeGreaterThan(300);
		expect(light.painted, 'painted pixels').toBeGreaterThan(light.width * 10);
		// The canvas is announced as an image pointing to the table, which stays the accessible data.
		expect(await page.locator(`${TABLE} canvas`).getAttribute('aria-label')).toMatch(/^Chart: Population migration.*table below/);
		expect(await page.locator(`${TABLE} table th[scope="col"]`).allInnerTexts()).toEqual(['period', 'arrivals', 'departures', 'net migration']);

		await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
		await page.waitForTimeout(300);
		const dark = await canvasPixels(page);
		expect(dark.painted).toBeGreaterThan(light.width * 10);
		expect(dark.sum, 'the chart is redrawn in the dark palette').not.toBe(light.sum);
		expect(errors).toEqual([]);
	});

	it('formats the table’s numbers for the page’s language', async () => {
		const page = await openPage();
		// textContent, not innerText: an off-screen figure is not rendered yet (content-visibility: auto),
		// and innerText is empty for content that is not rendered.
		const cell = (lang: string) =>
			page.goto(`${siteUrl}/${lang}${TABLE_PAGE}`).then(() => page.locator(`${TABLE} tbody tr`).last().locator('td').first().textContent());
		expect(await cell('en')).toBe('20,383');
		expect(await cell('ru')).toBe('20\u00a0383');
		expect(await cell('kk')).toBe('20\u00a0383');
	});

	it('downloads the dataset as CSV in the page’s language and as JSON with its provenance', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/en${TABLE_PAGE}`);
		const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(`${TABLE} .dataset-downloads a`, { hasText: 'CSV' }).click()]);
		expect(csv.suggestedFilename()).toBe('table-1.en.csv');
		const text = await downloadText(csv);
		expect(text.split('\r\n').slice(0, 2)).toEqual(['\uFEFFperiod,arrivals,departures,net migration', 'I (2023),1788,714,1074']);

		const [json] = await Promise.all([page.waitForEvent('download'), page.locator(`${TABLE} .dataset-downloads a`, { hasText: 'JSON' }).click()]);
		expect(json.suggestedFilename()).toBe('table-1.json');
		const data = JSON.parse(await downloadText(json));
		expect(data.provenance).toMatchObject({ seedFile: '002_d8419e7b4fc00872.txt', sourceLines: [[422, 449]] });
		// A build without SITE (as `npm test` makes) names places by path; tests/site/deployment.test.ts checks URLs.
		expect(data.urls.en).toBe('/en/digitalisation/main/#table-1');
		expect(data.rows[0].cells.arrivals).toEqual({ value: 1788, printed: '1788' });
	});
});
