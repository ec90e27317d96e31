/**
 * Search benchmark: for a fixed set of queries, the bytes a reader transfers and the time until the
 * first results show, in Chromium, cold (a new browser profile opens /{lang}/search/?q=…: the page,
 * its assets and the search bundle all loaded) and warm (the same tab then searches again: only what
 * the new query needs). Served from dist/ with gzip like a static host; run under Lighthouse's mobile
 * network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: DevTools emulation of the page; the
 * search runs on the page's own thread, so its fetches are throttled too) and unthrottled. A benchmark, not a test: not part of `npm test`. Build first (`npm run build`), then
 *
 *   npm run bench:search            # 3 runs per query, medians
 *   RUNS=5 npm run bench:search
 *
 * Prints a Markdown table (README "Search"), and the resources of one cold kk query, largest first,
 * so that a growing budget shows where it goes. The budget: a first query costs ≤ 150 KiB in total
 * (everything the search fetches for it: bundle, wasm, index, filters, results). Each query word
 * needs the index chunk its words are in (15–30 KiB), so the figure grows with the query's words:
 * the set has one, two and three. On the Russian and English sites a result's data is its whole page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './static-server.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGET_KIB = 150;

/** The fixed query set: [language of the site, query, what it exercises]; each warm query follows its cold one. */
const queries = [
	['kk', 'оралмандарға', 'Kazakh, an inflected form'],
	['kk', 'казакстандагы', 'Kazakh typed on a Russian keyboard'],
	['kk', 'мигрант', 'a Russian word on the Kazakh site'],
	['kk', '1346', 'a number (a resolution’s)'],
	['kk', 'еңбек көші-қоны', 'Kazakh, two words (a term)'],
	['kk', 'шекара маңындағы саудасын', 'Kazakh, three words'],
	['ru', 'беженцев', 'Russian'],
	['ru', 'скрытая иммиграция', 'Russian, two words'],
	['en', 'labour migration', 'English, two words'],
];
/** The warm query typed after each cold one, in the same tab. */
const warmQuery = { kk: 'көші-қон', ru: 'миграция', en: 'refugees' };

const networks = {
	'mobile (slow 4G)': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
	unthrottled: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
};

if (!existsSync(join(dist, 'pagefind-kk-units', 'pagefind.js'))) {
	console.error('No search index in dist/: run `npm run build` first.');
	process.exit(1);
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The responses the server has sent since the last `take()`: URL and bytes on the wire. */
const served = [];
const takeServed = () => served.splice(0);

/**
 * Installed before the page's own scripts: records (window.firstResultAt, the page's clock, 0 at
 * navigation) when the results list first gets an item, and again after `window.firstResultAt` is reset.
 */
function recordFirstResult() {
	new MutationObserver(() => {
		if (window.firstResultAt === undefined && document.querySelector('[data-search-results] > li')) window.firstResultAt = performance.now();
	}).observe(document, { childList: true, subtree: true });
}
const firstResult = (page) => page.waitForFunction(() => window.firstResultAt, undefined, { timeout: 60_000 }).then((handle) => handle.jsonValue());

const isSearchBundle = (url) => /^\/pagefind(-kk-units)?\//.test(url);

async function measureOnce(browser, origin, network, [lang, query]) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', network);
	takeServed();
	await page.addInitScript(recordFirstResult);
	// Navigation starts the page's clock at 0: the first result's time is the time from the request.
	await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
	const coldTime = await firstResult(page);
	await page.waitForTimeout(300);
	const cold = takeServed();
	// Warm: the same tab, another query through the box (the search page empties the list first).
	await page.fill('#search-query', warmQuery[lang]);
	const start = await page.evaluate(() => {
		window.firstResultAt = undefined;
		document.querySelector('[data-search-results]').replaceChildren();
		return performance.now();
	});
	await page.press('#search-query', 'Enter');
	const warmTime = (await firstResult(page)) - start;
	await page.waitForTimeout(300);
	const warm = takeServed();
	await context.close();
	const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
	return {
		coldTime,
		coldBytes: sum(cold),
		coldSearchBytes: sum(cold.filter((r) => isSearchBundle(r.url))),
		warmTime,
		warmBytes: sum(warm),
		resources: cold,
	};
}

const server = await serveDist(dist, (response) => served.push(response));
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
const rows = [];
let sample;
try {
	for (const [networkName, network] of Object.entries(networks)) {
		for (const entry of queries) {
			const results = [];
			for (let run = 0; run < runs; run++) results.push(await measureOnce(browser, server.origin, network, entry));
			const figure = (key) => median(results.map((r) => r[key]));
			rows.push({ network: networkName, lang: entry[0], query: entry[1], what: entry[2], ...Object.fromEntries(['coldTime', 'coldBytes', 'coldSearchBytes', 'warmTime', 'warmBytes'].map((key) => [key, figure(key)])) });
			sample ??= results[0];
			console.error(`${networkName} ${entry[0]} ${entry[1]}: ${(figure('coldBytes') / 1024).toFixed(1)} KiB, ${figure('coldTime').toFixed(0)} ms`);
		}
	}
} finally {
	await browser.close();
	server.close();
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (time) => `${(time / 1000).toFixed(2)} s`;
console.log(`\nSearch, Chromium, median of ${runs} runs; cold = a new profile opens the search page with the query; warm = then "${warmQuery.kk}" / "${warmQuery.ru}" / "${warmQuery.en}" in the same tab\n`);
console.log('| network | site | query | what it tests | cold: first results | cold: bytes in all (search’s share) | warm: first results | warm: bytes |');
console.log('|---|---|---|---|--:|--:|--:|--:|');
for (const r of rows) {
	console.log(`| ${r.network} | ${r.lang} | ${r.query} | ${r.what} | ${ms(r.coldTime)} | ${kib(r.coldBytes)} (${kib(r.coldSearchBytes)}) | ${ms(r.warmTime)} | ${kib(r.warmBytes)} |`);
}
// The budget is the query's own cost: the search bundle, index, filters and results it fetches. The
// page around it (its fonts, CSS and scripts: the same on every page, cached from any earlier one) is
// reported beside it.
const worstSearch = Math.max(...rows.map((r) => r.coldSearchBytes));
const worstAll = Math.max(...rows.map((r) => r.coldBytes));
console.log(`\nLargest first query: ${kib(worstSearch)} of search (budget ${BUDGET_KIB} KiB: ${worstSearch <= BUDGET_KIB * 1024 ? 'within' : 'OVER'}); ${kib(worstAll)} with the search page itself, cold`);
const over = [...new Set(rows.filter((r) => r.coldSearchBytes > BUDGET_KIB * 1024).map((r) => `${r.lang} «${r.query}»`))];
if (over.length) console.log(`Over the budget: ${over.join(', ')}`);
console.log(`\nResources of one cold "${queries[0][1]}" query, largest first:`);
for (const r of sample.resources.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kib(r.bytes).padStart(10)}  ${r.url}`);
