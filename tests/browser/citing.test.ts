import { describe, expect, it } from 'vitest';
import { downloadText, openPage, siteUrl, watchErrors } from '../helpers/browser';

/** A reader's page that may use the clipboard (copy-links, Cite's copy buttons). */
const withClipboard = () => openPage({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Today as the browser sees it, DD.MM.YYYY (ГОСТ) and YYYY-MM-DD. */
function today() {
	const now = new Date();
	const [y, m, d] = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, '0'), String(now.getDate()).padStart(2, '0')];
	return { gost: `${d}.${m}.${y}`, iso: `${y}-${m}-${d}` };
}

describe('citing in the browser', () => {
	it('a plan item and the deleted stub 1.1.6 have copy-links that copy their exact URL', async () => {
		const page = await withClipboard();
		await page.goto(`${siteUrl}/ru/programme-2001-2010/section-6/`);
		await page.locator('#plan-2-1-2 a.copy-link').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/ru/programme-2001-2010/section-6/#plan-2-1-2`);
		expect(await page.locator('#live-region').textContent()).toBe('Ссылка скопирована');

		await page.locator('#plan-1-1-6 a.copy-link').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/ru/programme-2001-2010/section-6/#plan-1-1-6`);
		// The plan's cells are translated: the stub says in Russian which act deleted the item.
		const stub = await page.locator('#plan-1-1-6').innerText();
		expect(stub).toContain('Исключён');
		expect(stub).toContain('N 444');
	});

	it('a copy shows a "copied" badge on its control for about two seconds, without moving anything', async () => {
		const page = await withClipboard();
		await page.goto(`${siteUrl}/ru/concept-2000/resolution/`);
		// Where the point and the text after it sit in the page (not the viewport: the click may scroll).
		const layout = () => page.evaluate(() => ['p-2', 'p-3'].map((id) => document.getElementById(id)!.getBoundingClientRect()).map((box) => [box.top + scrollY, box.left, box.width, box.height]));
		const before = await layout();
		await page.locator('#p-2 > a.copy-link').click();
		const badge = page.locator('#p-2 > a.copy-link > .copied-badge');
		expect(await badge.isVisible()).toBe(true);
		expect(await badge.textContent()).toBe('Ссылка скопирована');
		// Screen readers hear it once, from the live region, not again from the badge.
		expect(await badge.getAttribute('aria-hidden')).toBe('true');
		expect(await page.locator('#live-region').textContent()).toBe('Ссылка скопирована');
		expect(await layout()).toEqual(before);
		const shownAt = Date.now();
		await badge.waitFor({ state: 'detached', timeout: 5_000 });
		expect(Date.now() - shownAt).toBeGreaterThan(1_000);

		// The Cite panel's copy buttons confirm the same way.
		await page.locator('details[data-cite] > summary').click();
		const copy = page.locator('[data-cite-copy="apa"]');
		await copy.waitFor();
		await copy.click();
		expect(await copy.locator('.copied-badge').textContent()).toBe('Ссылка скопирована');
		// The button keeps its name: the badge is not part of it.
		expect(await page.getByRole('button', { name: 'Копировать', exact: true }).count()).toBe(4);
		await copy.locator('.copied-badge').waitFor({ state: 'detached', timeout: 5_000 });
	});

	it('with reduced motion the badge appears without animation', async () => {
		const page = await openPage({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'reduce' });
		await page.goto(`${siteUrl}/en/concept-2000/resolution/`);
		await page.locator('#p-2 > a.copy-link').click();
		const badge = page.locator('#p-2 > a.copy-link > .copied-badge');
		expect(await badge.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
		expect(await badge.textContent()).toBe('Link copied');
	});

	it('Cite on a page pinpoints the point in the URL, dates the citation today, and copies it', async () => {
		const page = await withClipboard();
		const errors = watchErrors(page);
		const chunks: string[] = [];
		page.on('request', (request) => request.url().includes('/_astro/') && chunks.push(request.url()));
		await page.goto(`${siteUrl}/ru/programme-2001-2010/resolution/#p-2`);
		const before = chunks.length;
		await page.locator('details[data-cite] > summary').click();
		const gost = page.locator('[data-cite-output="gost"]');
		await page.waitForFunction(() => document.querySelector('[data-cite-scope]')?.textContent?.includes('п. 2'));
		// The formatters load only now, on first opening.
		expect(chunks.length).toBeGreaterThan(before);

		const { gost: date, iso } = today();
		const text = await gost.innerText();
		expect(text).toContain(`URL: ${siteUrl}/ru/programme-2001-2010/resolution/#p-2 (дата обращения: ${date}).`);
		expect(text).toContain('постановление Правительства Республики Казахстан от 29 октября 2001 года № 1371');
		expect(text).toContain('п. 2');
		expect(await page.locator('[data-cite-output="apa"] i').count()).toBe(1);

		await page.locator('[data-cite-copy="gost"]').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

		// Following a link to another point re-targets the citation.
		await page.evaluate(() => (location.hash = '#p-3'));
		await page.waitForFunction(() => document.querySelector('[data-cite-scope]')?.textContent?.includes('п. 3'));
		expect(await page.locator('[data-cite-output="bibtex"]').innerText()).toContain(`urldate = {${iso}}`);
		expect(errors).toEqual([]);
	});

	it('BibTeX and RIS download as files for reference managers', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/en/programme-2001-2010/section-6/#plan-1-1-3`);
		await page.locator('details[data-cite] > summary').click();
		await page.waitForFunction(() => document.querySelector('[data-cite-scope]')?.textContent?.includes('item 1.1.3'));
		for (const [format, start] of [['bibtex', '@misc{programme-2001-2010-section-6-plan-1-1-3,'], ['ris', 'TY  - CHAP']] as const) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-cite-download="${format}"]`).click()]);
			expect(download.suggestedFilename()).toBe(`programme-2001-2010-section-6-plan-1-1-3.${format === 'bibtex' ? 'bib' : 'ris'}`);
			const content = await downloadText(download);
			expect(content.startsWith(start), content).toBe(true);
			expect(content).toContain(`${siteUrl}/en/programme-2001-2010/section-6/#plan-1-1-3`);
		}
	});

	it('Cite on a landing page cites the whole document, in the reader’s language', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/concept-2000/`);
		await page.locator('details[data-cite] > summary').click();
		await page.waitForFunction(() => document.querySelector('[data-cite-output="gost"]')?.textContent?.includes('қаралған күні'));
		const text = await page.locator('[data-cite-output="gost"]').innerText();
		expect(text).toMatch(/^Қазақстан Республикасы Көші-қон саясатының тұжырымдамасы туралы : Қазақстан Республикасы Үкіметінің 2000 жылғы 5 қыркүйектегі № 1346 қаулысы \/\//);
		expect(text).toContain(`URL: ${siteUrl}/kk/concept-2000/ (қаралған күні: ${today().gost})`);
	});

	it('a repealed act says so on every page, and its amendment notes lead to the act’s history', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/en/programme-2001-2010/section-4/`);
		expect(await page.locator('.act-status-banner').innerText()).toContain('Repealed');
		await page.locator('.amendment-note-editorial a').click();
		await page.waitForURL(/\/en\/programme-2001-2010\/#amendments$/);
		const history = await page.locator('#amendments + ol').innerText();
		expect(history).toContain('No. 444');
		expect(history).toContain('No. 925');
		expect(history).toContain('repealed by Government Resolution No. 1122');
	});

	it('the action plan reads as labelled cards at 360 px, without horizontal scrolling', async () => {
		const page = await openPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${siteUrl}/kk/programme-2001-2010/section-6/`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const label = await page.evaluate(() => getComputedStyle(document.querySelector('#plan-1-1-1 td[data-label]')!, '::before').content);
		expect(label).toBe('"Аяқтау нысаны"');
		// The table keeps its semantics for assistive technology.
		expect(await page.getByRole('row', { name: /1\.1\.1\./ }).count()).toBe(1);
	});
});
