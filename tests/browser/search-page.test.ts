import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, siteUrl, watchErrors } from '../helpers/browser';

/** Waits until the search is done: the status names a count or says nothing was found (not "Іздеу…"). */
const searched = (page: Page) => page.waitForFunction(() => /^[^…]+$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));

/** The filter panel's values as "label count" (with " disabled" for a value that would show nothing), by facet. */
const filterCounts = (page: Page) =>
	page.$$eval('[data-facet]', (fieldsets) =>
		Object.fromEntries(
			fieldsets.map((fieldset) => [
				(fieldset as HTMLElement).dataset.facet!,
				Object.fromEntries(
					[...fieldset.querySelectorAll('label')].map((label) => [label.querySelector('input')!.value, `${label.querySelector('[data-count]')!.textContent}${label.querySelector('input')!.disabled ? ' disabled' : ''}`]),
				),
			]),
		),
	);

describe('the search page', () => {
	it('counts the found pages per document, type and year once the filters are opened, and a choice narrows the results and the address', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		await page.goto(`${siteUrl}/ru/search/?q=${encodeURIComponent('беженцев')}`);
		await searched(page);
		// Counts cost bytes: none before the reader opens the panel.
		expect((await filterCounts(page)).document!['concept-2000']).toBe('');
		await page.locator('.search-filters summary').click();
		await page.waitForFunction(() => document.querySelector('[data-facet="document"] [data-count]')?.textContent !== '');
		const counts = await filterCounts(page);
		// Every found page is counted once per facet: the documents' counts and the types' counts add up alike.
		const total = (facet: string) => Object.values(counts[facet]!).reduce((sum, value) => sum + Number.parseInt(value, 10), 0);
		expect(total('document')).toBeGreaterThan(5);
		expect(total('type')).toBe(total('document'));
		expect(counts.type!['legal-act']).toMatch(/^[1-9]/);

		await page.locator('[data-facet="type"] input[value="legal-act"]').check();
		await page.waitForURL(/[?&]type=legal-act/);
		await searched(page);
		const hrefs = await page.locator('.search-results > li > h2 > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((href) => /^\/ru\/(concept-2000|programme-2001-2010)\//.test(href)), hrefs.join(' ')).toBe(true);
		// Choosing a type narrows the other facets' counts: the thesis (no legal act) has none left.
		await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-facet="document"] input[value="almaty-internal-migration"]')?.disabled);
		expect(await page.locator('[data-search-filters-summary]').textContent()).toBe('Правовой акт');

		// The address is the search: opened anew, it has the query and the choice.
		await page.goto(page.url());
		await searched(page);
		expect(await page.locator('[data-facet="type"] input[value="legal-act"]').isChecked()).toBe(true);
		expect((await page.locator('.search-results > li > h2 > a').first().getAttribute('href'))!).toMatch(/^\/ru\/(concept-2000|programme-2001-2010)\//);
		expect(errors).toEqual([]);
	});

	it('a Russian or English word on the Kazakh site finds the term it names first, then places the Kazakh texts use the term', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/search/`);
		for (const [query, term, kazakh] of [
			['беженцы', 'refugee', /босқын/i],
			['readmission', 'readmission', /реадмисси/i],
		] as const) {
			const results = await page.evaluate((q) => window.siteSearch(q), query);
			expect(results[0]!.url, query).toBe(`/kk/glossary/${term}/`);
			// The term page's own uses.json: units of the documents, each with the term's Kazakh form in its words.
			const uses = results.filter((r) => !r.url.includes('/glossary/'));
			expect(uses.length, query).toBeGreaterThan(0);
			for (const use of uses) {
				expect(use.url).toMatch(/^\/kk\/[a-z0-9-]+\/[a-z0-9-]+\/#[a-z0-9-]+$/);
				expect(use.excerpt).toMatch(kazakh);
			}
		}
	});

	it('a first query reads units, not whole pages, and of a longer query sends two words and checks the others', async () => {
		const page = await openPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		for (const [lang, query, stems] of [
			['ru', 'незаконная миграция граждан', ['незакон', 'мигра', 'граждан']],
			['kk', 'шекара маңындағы саудасын', ['шекара', 'маң', 'сауда']],
		] as const) {
			requested.length = 0;
			await page.goto(`${siteUrl}/${lang}/search/?q=${encodeURIComponent(query)}`);
			await searched(page);
			expect(await page.locator('[data-search-results] > li').count(), query).toBeGreaterThan(0);
			// The units' index only: no request to the pages' index, whose result data is a whole page.
			expect(requested.filter((path) => path.startsWith('/pagefind/')), query).toEqual([]);
			expect(requested.filter((path) => /^\/pagefind-(kk-)?units\/fragment\//.test(path)).length, query).toBeGreaterThan(0);
			// Every unit shown holds all three words, the one not sent too (a glossary term: its page).
			const shown = await page.$$eval('[data-search-results] > li', (items) =>
				items.flatMap((item) => [...item.querySelectorAll<HTMLAnchorElement>(item.querySelector('ul') ? 'ul a' : 'h2 a')].map((a) => new URL(a.href)).map((url) => url.pathname + url.hash)),
			);
			for (const url of shown) {
				const [path, id] = url.split('#');
				const text = await page.evaluate(
					async ([path, id]) => {
						const found = new DOMParser().parseFromString(await (await fetch(path!)).text(), 'text/html');
						return (id ? found.getElementById(id) : found.querySelector('main'))?.textContent ?? '';
					},
					[path, id],
				);
				for (const stem of stems) expect(text.toLocaleLowerCase(), `${query}: ${url}`).toContain(stem);
			}
		}
	});

	it('filters the Kazakh units\' index too (window.siteSearch with a choice)', async () => {
		const page = await openPage();
		await page.goto(`${siteUrl}/kk/search/`);
		const all = await page.evaluate(() => window.siteSearch('оралман'));
		const profile = await page.evaluate(() => window.siteSearch('оралман', { document: ['profile-2014-2019'] }));
		expect(all.some((r) => !r.url.startsWith('/kk/profile-2014-2019/'))).toBe(true);
		expect(profile.length).toBeGreaterThan(0);
		expect(profile.every((r) => r.url.startsWith('/kk/profile-2014-2019/')), profile.map((r) => r.url).join(' ')).toBe(true);
	});

	it('when nothing is found, suggests the spelling of the closest glossary name and the closest terms', async () => {
		const page = await openPage();
		const errors = watchErrors(page);
		// A letter wrong in the middle: no indexed word starts with it (an ending wrong would still be found).
		await page.goto(`${siteUrl}/ru/search/?q=${encodeURIComponent('реадниссия')}`);
		await page.locator('[data-search-suggestions] a').first().waitFor();
		const [spelling, ...terms] = await page.locator('[data-search-suggestions] a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
		expect(spelling![0]).toBe('реадмиссия');
		expect(terms.map(([, href]) => href)).toContain('/ru/glossary/readmission/');
		// Following the suggestion searches for it, and finds.
		await page.locator('[data-search-suggestions] a').first().click();
		await page.locator('.search-results > li').first().waitFor();
		expect(new URL(page.url()).searchParams.get('q')).toBe('реадмиссия');
		expect(await page.locator('[data-search-suggestions]').isHidden()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('nothing in view moves while results arrive (layout shift 0 in the search page\'s main area)', async () => {
		const page = await openPage({ viewport: { width: 360, height: 740 } });
		// Shifts of the search page's own elements; the header's language links may move a pixel when the
		// Latin font arrives, which is the fonts' matter (ARCHITECTURE.md, "Fonts"), not the results'.
		await page.addInitScript(() => {
			(window as unknown as { shift: number }).shift = 0;
			new PerformanceObserver((entries) => {
				for (const entry of entries.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
					const inSearchPage = entry.sources.some((source) => source.node?.parentElement?.closest('.search-page') || (source.node as Element | undefined)?.closest?.('.search-page'));
					if (!entry.hadRecentInput && inSearchPage) (window as unknown as { shift: number }).shift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const [lang, query] of [['kk', 'оралмандарға'], ['en', 'labour migration']]) {
			await page.goto(`${siteUrl}/${lang}/search/?q=${encodeURIComponent(query)}`);
			await page.locator('.search-results > li').first().waitFor();
			await searched(page);
			expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), `${lang} ${query}`).toBe(0);
		}
	});
});
