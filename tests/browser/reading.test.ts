import { describe, expect, it } from 'vitest';
import { openPage, siteUrl, watchErrors } from '../helpers/browser';

describe('reading in the browser', () => {
	it('root → kk home → document → section, with no console errors', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/`);
		await page.waitForURL(/\/kk\/$/);
		expect(await page.getAttribute('html', 'lang')).toBe('kk');

		await page.getByRole('link', { name: 'Қазақстан Республикасы Көші-қон саясатының тұжырымдамасы туралы' }).click();
		await page.waitForURL(/\/kk\/concept-2000\/$/);
		expect(await page.locator('h1').textContent()).toContain('тұжырымдамасы туралы');

		await page.locator('.doc-landing .document-contents a', { hasText: '3. Көші-қон саясатын' }).first().click();
		await page.waitForURL(/\/kk\/concept-2000\/section-3\/$/);
		expect(await page.locator('h1').getAttribute('id')).toBe('s-3');
		await page.getByRole('link', { name: /Келесі/ }).click();
		await page.waitForURL(/section-4\/$/);
		expect(errors).toEqual([]);
	});

	it('switching language keeps the page and the #fragment', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/kk/concept-2000/section-3/#s-3-transitional-4`);
		await page.getByRole('navigation', { name: 'Тілді таңдау' }).getByRole('link', { name: 'Русский' }).click();
		await page.waitForURL(/\/ru\/concept-2000\/section-3\/#s-3-transitional-4$/);
		expect(await page.getAttribute('html', 'lang')).toBe('ru');
		expect(await page.locator('#s-3-transitional-4').isVisible()).toBe(true);

		// A fragment added after load (a click on an on-page link) is carried too.
		await page.locator('.doc-toc a[href="#s-3-longterm-2"], .doc-body a[href="#s-3-longterm-2"]').first().click();
		await page.getByRole('navigation', { name: 'Выбор языка' }).getByRole('link', { name: 'English' }).click();
		await page.waitForURL(/\/en\/concept-2000\/section-3\/#s-3-longterm-2$/);
		expect(errors).toEqual([]);
	});

	it('switching language without a #fragment opens the other language where the reader was', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/kk/profile-2014-2019/section-1-2/`);
		// Read down to a point far into the page (it starts just above the viewport's top); the scroll comes to
		// rest there (where the page notes the place) before the reader goes up to the switcher.
		const readTo = (share: number) =>
			page.evaluate(async (share) => {
				const points = document.querySelectorAll<HTMLElement>('[data-doc-body] p.citable');
				const point = [...points].slice(Math.floor(points.length * share)).find((p) => p.offsetHeight > 60)!;
				const rest = new Promise((resolve) => addEventListener('scrollend', resolve, { once: true }));
				scrollTo(0, point.getBoundingClientRect().top + scrollY + 10);
				await rest;
				return point.id;
			}, share);
		const id = await readTo(0.8);
		await page.getByRole('navigation', { name: 'Тілді таңдау' }).getByRole('link', { name: 'Русский' }).click();
		await page.waitForURL(`${siteUrl}/ru/profile-2014-2019/section-1-2/#${id}`);
		const top = await page.locator(`#${id}`).evaluate((point) => point.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(100);

		// By keyboard: scrolled further down, the switcher's link reached with the keyboard carries the new place.
		const next = await readTo(0.9);
		await page.getByRole('navigation', { name: 'Выбор языка' }).getByRole('link', { name: 'English' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`${siteUrl}/en/profile-2014-2019/section-1-2/#${next}`);
		expect(errors).toEqual([]);
	});

	it('an action-plan abbreviation leads to its entry in the key, by pointer and by keyboard', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/en/programme-2001-2010/section-6/`);
		const abbreviation = page.locator('#plan-1-1-3 a.plan-abbr', { hasText: 'ЭСМ' });
		expect(await abbreviation.locator('abbr').getAttribute('title')).toBe('Ministry of Economy and Trade');
		const key = await abbreviation.getAttribute('href');
		await abbreviation.click();
		await page.waitForURL(`${siteUrl}/en/programme-2001-2010/section-6/${key}`);
		const entry = page.locator(key!);
		expect(await entry.innerText()).toContain('Ministry of Economy and Trade');
		expect(await entry.evaluate((row) => row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().bottom <= innerHeight)).toBe(true);

		// Keyboard: from the item's copy-link, Tab reaches the abbreviation links of its row; Enter follows one.
		await page.goto(`${siteUrl}/en/programme-2001-2010/section-6/`);
		await page.locator('#plan-1-1-3 a.copy-link').focus();
		let focused: string | null = null;
		for (let tab = 0; tab < 10 && !focused; tab++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => (document.activeElement?.matches('#plan-1-1-3 a.plan-abbr') ? document.activeElement.getAttribute('href') : null));
		}
		expect(focused).toMatch(/^#abbr-/);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${siteUrl}/en/programme-2001-2010/section-6/${focused}`);
	});

	it('a copy-link copies the full URL of a point', async () => {
		const page = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(`${siteUrl}/en/concept-2000/resolution/`);
		await page.locator('#p-2 a.copy-link').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${siteUrl}/en/concept-2000/resolution/#p-2`);
		expect(await page.locator('#live-region').textContent()).toBe('Link copied');
	});

	it('a citation to the landing page with a fragment lands on the page holding the id', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/concept-2000/#s-2-principle-3`);
		await page.waitForURL(/\/kk\/concept-2000\/section-2\/#s-2-principle-3$/);
		expect(await page.locator('#s-2-principle-3').count()).toBe(1);
	});

	it('search finds a legal term in each language\'s own text of the acts and links to the section', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		for (const [lang, heading, query] of [['kk', 'Іздеу', 'оралмандарды'], ['ru', 'Поиск', 'оралманов'], ['en', 'Search', 'oralmans']] as const) {
			await page.goto(`${siteUrl}/${lang}/search/?q=${encodeURIComponent(query)}`);
			expect(await page.locator('h1').textContent()).toBe(heading);
			await page.locator('.search-results a').first().waitFor();
			const hrefs = await page.locator('.search-results > li > h2 > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(hrefs.filter((href) => new RegExp(`^/${lang}/(concept-2000|programme-2001-2010)/`).test(href ?? '')).length, `${lang} ${query}: ${hrefs.join(' ')}`).toBeGreaterThan(0);
		}
		// The header search box submits to the search page of the current language.
		await page.goto(`${siteUrl}/ru/concept-2000/`);
		await page.locator('#header-search').fill('беженцев');
		await page.locator('#header-search').press('Enter');
		await page.waitForURL(/\/ru\/search\/\?q=/);
		await page.locator('.search-results a').first().waitFor();
		expect(errors).toEqual([]);
	});

	it('each language\'s search finds the profile in its own translation', async () => {
		const page = await openPage();
		// Remittances, in each language's own words (a ru/en page indexes its translation, never a Kazakh stand-in: tests/site/contracts.test.ts).
		for (const [lang, query] of [['kk', 'ақша аударымдарының'], ['ru', 'денежных переводов'], ['en', 'money transfers']] as const) {
			await page.goto(`${siteUrl}/${lang}/search/?q=${encodeURIComponent(query)}`);
			await page.locator(`.search-results a[href^="/${lang}/profile-2014-2019/"]`).first().waitFor();
		}
	});

	it('search puts a glossary term first when the query is its headword or abbreviation', async () => {
		const page = await openPage();
		for (const [lang, query, term] of [['kk', 'босқын', 'refugee'], ['ru', 'беженец', 'refugee'], ['en', 'refugee', 'refugee'], ['kk', 'ТМД', 'cis']] as const) {
			await page.goto(`${siteUrl}/${lang}/search/?q=${encodeURIComponent(query)}`);
			const first = page.locator('.search-results > li > h2 > a').first();
			await first.waitFor();
			expect(await first.getAttribute('href'), `${lang} ${query}`).toBe(`/${lang}/glossary/${term}/`);
		}
	});

	it('a unit found by search opens with the query\'s words marked in it, and the address left clean for citing', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/search/?q=${encodeURIComponent('оралмандарға')}`);
		const unit = page.locator('.search-results ul a').first();
		await unit.waitFor();
		const href = (await unit.getAttribute('href'))!;
		expect(href).toMatch(/\?hl=.+#[a-z0-9-]+$/);
		await unit.click();
		const id = href.split('#')[1]!;
		await page.locator(`[id="${id}"] mark.search-hit`).first().waitFor();
		expect((await page.locator(`[id="${id}"] mark.search-hit`).first().textContent())!.toLocaleLowerCase()).toMatch(/^оралман/);
		await page.waitForFunction(() => !location.search.includes('hl='));
		expect(new URL(page.url()).hash).toBe(`#${id}`);
	});

	it('"/" from any page goes to the search box (the search page\'s own there), but not while typing in a field', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/concept-2000/section-1/`);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
		// Typed in the box, "/" is a character.
		await page.keyboard.type('a/b');
		expect(await page.locator('#header-search').inputValue()).toBe('a/b');
		await page.goto(`${siteUrl}/ru/search/`);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
	});

	it('is keyboard navigable: the skip link moves focus to the main content', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/concept-2000/section-1/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
		expect(inMain).toBe(true);
	});
});
