/**
 * Lighthouse benchmark: one page per template, Lighthouse's mobile defaults (simulated slow 4G, 4× CPU
 * slowdown, Moto G-sized screen), served from dist/ with gzip the way a static host serves it.
 * A benchmark, not a test: it is not part of `npm test`. Build first (`npm run build`), then
 *
 *   npm run bench:lighthouse                      # every page, 3 runs each
 *   npm run bench:lighthouse -- section-1-2 404   # only the pages whose name or path contains a word
 *   RUNS=5 npm run bench:lighthouse               # more runs
 *
 * Prints a Markdown table with the median of each figure over the runs (each column's own median), and
 * the range of the scores. Simulated throttling scales the CPU time observed, so a busy machine lowers
 * the scores: compare figures measured under the same load.
 * Chromium: CHROME_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveDist } from './static-server.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** One page per template; the heavy pages the performance goal names are among them. */
const pages = [
	['home', '/kk/'],
	['document landing', '/kk/profile-2014-2019/'],
	['glossary', '/kk/glossary/'],
	['glossary term (backlinks)', '/kk/glossary/oralman/'],
	['search', '/kk/search/'],
	['light content page', '/kk/concept-2000/section-1/'],
	['profile section-1-2 (tables, 14 charts)', '/kk/profile-2014-2019/section-1-2/'],
	['profile section-2-2 (charts)', '/kk/profile-2014-2019/section-2-2/'],
	['list of figures', '/kk/profile-2014-2019/figures/'],
	['thesis chapter-2', '/en/almaty-internal-migration/chapter-2/'],
	['programme section-6 (action plan)', '/ru/programme-2001-2010/section-6/'],
	['translated page (concept section-3, en)', '/en/concept-2000/section-3/'],
	['side by side (concept section-3, ru–kk)', '/ru/concept-2000/section-3/parallel/kk/'],
	['source text, short (concept, 981 lines)', '/kk/concept-2000/source/'],
	['source text, a long one’s list of parts (profile)', '/kk/profile-2014-2019/source/'],
	['source text, a part of 1,000 lines (profile)', '/kk/profile-2014-2019/source/lines-1001-2000/'],
	// Served as a file: with a 404 status Lighthouse refuses to score the page.
	['404', '/404.html'],
];

if (!existsSync(join(dist, 'index.html'))) {
	console.error('No build in dist/: run `npm run build` first.');
	process.exit(1);
}
if (!existsSync(chromePath)) {
	console.error(`No Chromium at ${chromePath}: install Debian's chromium or set CHROME_PATH.`);
	process.exit(1);
}
const only = process.argv.slice(2);
const selected = only.length ? pages.filter(([name, path]) => only.some((word) => name.includes(word) || path.includes(word))) : pages;

const server = await serveDist(dist);
const origin = server.origin;

const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The figures of one Lighthouse run (mobile preset: Lighthouse's default config). */
async function measure(url) {
	const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const audit = (id) => lhr.audits[id].numericValue;
	version = lhr.lighthouseVersion;
	return {
		score: lhr.categories.performance.score * 100,
		lcp: audit('largest-contentful-paint'),
		cls: audit('cumulative-layout-shift'),
		tbt: audit('total-blocking-time'),
		bytes: audit('total-byte-weight'),
		dom: audit('dom-size'),
	};
}

let version;
const rows = [];
try {
	for (const [name, path] of selected) {
		const results = [];
		for (let run = 0; run < runs; run++) results.push(await measure(origin + path));
		const figure = (key) => median(results.map((r) => r[key]));
		const row = {
			name,
			path,
			// The spread shows how much a loaded machine disturbs the runs.
			score: `${figure('score').toFixed(0)} (${Math.min(...results.map((r) => r.score)).toFixed(0)}–${Math.max(...results.map((r) => r.score)).toFixed(0)})`,
			lcp: `${(figure('lcp') / 1000).toFixed(1)} s`,
			cls: figure('cls').toFixed(3),
			tbt: `${figure('tbt').toFixed(0)} ms`,
			bytes: `${(figure('bytes') / 1024).toFixed(0)} KiB`,
			dom: figure('dom').toFixed(0),
		};
		rows.push(row);
		console.error(`${path}: ${row.score}`);
	}
} finally {
	chrome.kill();
	server.close();
}

console.log(`\nLighthouse ${version} mobile, median of ${runs} runs\n`);
console.log('| page | path | score (range) | LCP | CLS | TBT | bytes (transferred) | DOM elements |');
console.log('|---|---|--:|--:|--:|--:|--:|--:|');
for (const r of rows) console.log(`| ${r.name} | \`${r.path}\` | ${r.score} | ${r.lcp} | ${r.cls} | ${r.tbt} | ${r.bytes} | ${r.dom} |`);
