import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fold, joinDigitGroups } from '../../src/search/kazakh-normaliser';
import { openFilePage, siteUrl } from '../helpers/browser';

/**
 * The search measured on a labelled query set (tests/fixtures/search-queries.yaml: Kazakh in inflected
 * and Russian-keyboard forms, Russian, English, Russian and English words typed on the Kazakh site,
 * abbreviations and numbers, over all five documents and the glossary; each with the one citable
 * unit it must find). Each query is run through the search page's own code (`window.siteSearch`),
 * and the test reports recall@5 at page level (the unit's page among the first five results' pages)
 * and at unit level (the unit itself among the first five), and the junk rate (results among the
 * first five whose excerpt has no word sharing three letters with a query word).
 *
 * The floors are issue 15's goals — recall@5 0.95 at page level, ≤ 2 % junk — and, at unit level, a
 * little under the figure last measured (page 0.979, unit 0.969, junk 0.000 on 2026-12-03, with the
 * units' and pages' results that have the query as a phrase first), so that a change making search
 * worse fails. `SEARCH_DEBUG=1` prints every miss and every junk result.
 */
interface Query {
	query: string;
	site: 'kk' | 'ru' | 'en';
	kind: string;
	expect: string;
}
const queries = yaml.load(readFileSync(join(import.meta.dirname, '../fixtures/search-queries.yaml'), 'utf8')) as Query[];

const pageOf = (url: string) => url.replace(/#.*$/, '');
/** Whether an excerpt shows a word of the query: three letters in common from the start, folded. */
function showsQuery(excerpt: string, query: string): boolean {
	// Folded word by word: a Latin word beside Cyrillic ones is no look-alike.
	const words = (text: string) => joinDigitGroups(text).split(/[^\p{L}\p{N}-]+/u).filter(Boolean).map(fold);
	const asked = words(query);
	return words(excerpt).some((word) => asked.some((q) => (q.length < 3 ? word === q : word.slice(0, 3) === q.slice(0, 3))));
}

describe('search quality on the labelled query set', () => {
	const outcomes: { query: Query; page: boolean; unit: boolean; junk: number; shown: number }[] = [];

	afterAll(() => {
		const rate = (hits: number) => (hits / outcomes.length).toFixed(3);
		const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
		console.info(
			`search quality, ${outcomes.length} queries: recall@5 page ${rate(outcomes.filter((o) => o.page).length)}, unit ${rate(outcomes.filter((o) => o.unit).length)}; ` +
				`junk ${(outcomes.reduce((n, o) => n + o.junk, 0) / Math.max(1, outcomes.reduce((n, o) => n + o.shown, 0))).toFixed(3)}\n` +
				kinds.map((kind) => {
					const of = outcomes.filter((o) => o.query.kind === kind);
					return `  ${kind}: ${of.length} queries, page ${of.filter((o) => o.page).length}, unit ${of.filter((o) => o.unit).length}`;
				}).join('\n'),
		);
	});

	it('finds each query\'s unit and page among the first five results, with little junk', async () => {
		const page = await openFilePage();
		for (const site of ['kk', 'ru', 'en'] as const) {
			await page.goto(`${siteUrl}/${site}/search/`);
			for (const query of queries.filter((q) => q.site === site)) {
				const results = (await page.evaluate((q) => window.siteSearch(q), query.query)).slice(0, 5);
				if (process.env.SEARCH_DEBUG && !results.some((r) => r.url === query.expect)) console.log(`MISS ${site} «${query.query}» (${query.kind}) → ${query.expect}\n    got: ${results.map((r) => r.url).join(' ')}`);
				if (process.env.SEARCH_DEBUG && query.kind !== 'cross-language') for (const r of results.filter((r) => !showsQuery(r.excerpt, query.query))) console.log(`JUNK ${site} «${query.query}» → ${r.url}: ${r.excerpt.slice(0, 160)}`);
				outcomes.push({
					query,
					page: results.some((r) => pageOf(r.url) === pageOf(query.expect)),
					unit: results.some((r) => r.url === query.expect),
					// Cross-language queries find their Kazakh equivalents, which need not share letters.
					junk: query.kind === 'cross-language' ? 0 : results.filter((r) => !showsQuery(r.excerpt, query.query)).length,
					shown: query.kind === 'cross-language' ? 0 : results.length,
				});
			}
		}
		const share = (test: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(test).length / outcomes.length;
		const junk = outcomes.reduce((n, o) => n + o.junk, 0) / outcomes.reduce((n, o) => n + o.shown, 0);
		expect(outcomes.length).toBeGreaterThanOrEqual(60);
		// Floors: issue 15's goals, and a little under the unit-level figure last measured (see the comment above).
		expect(share((o) => o.page)).toBeGreaterThanOrEqual(FLOOR.page);
		expect(share((o) => o.unit)).toBeGreaterThanOrEqual(FLOOR.unit);
		expect(junk).toBeLessThanOrEqual(FLOOR.junk);
	});
});

const FLOOR = { page: 0.95, unit: 0.94, junk: 0.02 };
