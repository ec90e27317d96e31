import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';

interface DatasetJson {
	id: string;
	document: { slug: string };
	columns: { key: string; type: string }[];
	rows: unknown[];
	urls: Record<string, string>;
	chart: { type: string } | null;
	noChart: { en: string } | null;
}

/** Every dataset download in dist/data/, by document. */
function downloads(): Map<string, DatasetJson[]> {
	const byDocument = new Map<string, DatasetJson[]>();
	for (const document of readdirSync(join(DIST, 'data'))) {
		const files = readdirSync(join(DIST, 'data', document)).filter((f) => f.endsWith('.json'));
		byDocument.set(document, files.map((f) => JSON.parse(readFileSync(join(DIST, 'data', document, f), 'utf8'))));
	}
	return byDocument;
}

describe('datasets on the built site', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const data = downloads();

	it('the thesis has all 16 numbered tables (and the appendix’s three), the article its two tables and Figure 2', () => {
		const ids = (document: string) => (data.get(document) ?? []).map((d) => d.id).sort();
		const thesisTables = Array.from({ length: 16 }, (_, i) => `table-${i + 1}`);
		expect(ids('almaty-internal-migration')).toEqual(expect.arrayContaining([...thesisTables, 'table-a1-1', 'table-a1-2', 'table-a1-3']));
		expect(ids('digitalisation')).toEqual(['figure-2', 'table-1', 'table-2']);
	});

	it('every dataset is a table on its page in every language, with CSV and JSON downloads that exist', () => {
		let count = 0;
		for (const [document, datasets] of data) {
			for (const dataset of datasets) {
				for (const [lang, url] of Object.entries(dataset.urls)) {
					const { pathname } = new URL(url, 'http://site.invalid');
					const figure = byPath.get(pathname)!.$(`figure#${dataset.id}[data-dataset]`);
					const where = `${pathname}#${dataset.id}`;
					expect(figure.find('table th[scope="col"]').length, where).toBeGreaterThan(0);
					expect(figure.find('figcaption').text().trim(), where).not.toBe('');
					const links = figure.find('.dataset-downloads a[download]').map((_, a) => figure.find(a).attr('href')).get();
					expect(links, where).toEqual([`/data/${document}/${dataset.id}${lang === 'kk' ? '' : `.${lang}`}.csv`, `/data/${document}/${dataset.id}.json`]);
					for (const link of links) expect(existsSync(join(DIST, link)), link).toBe(true);
					count++;
				}
			}
		}
		console.info(`${count / 3} datasets, each shown in 3 languages with its downloads`);
	});

	it('every dataset with number columns has a chart, or says why not; charts carry finite numbers', () => {
		const reasons: string[] = [];
		for (const datasets of data.values()) {
			for (const dataset of datasets) {
				const page = byPath.get(new URL(dataset.urls.en!, 'http://site.invalid').pathname)!;
				const figure = page.$(`figure#${dataset.id}`);
				const mount = figure.find('[data-chart]');
				if (mount.length) {
					const payload = JSON.parse(mount.find('script[type="application/json"]').text());
					expect(payload.labels.length, dataset.id).toBeGreaterThan(0);
					for (const series of payload.series) {
						expect(series.data.length, dataset.id).toBe(payload.labels.length);
						for (const value of series.data) expect(value === null || Number.isFinite(value), dataset.id).toBe(true);
					}
				} else {
					expect(dataset.chart, `${dataset.id} has a chart spec but no chart mount`).toBeNull();
					expect(dataset.noChart?.en, `${dataset.id}: a dataset without a chart says why (noChart)`).toBeTruthy();
					reasons.push(`${dataset.document.slug}/${dataset.id}: ${dataset.noChart!.en}`);
				}
			}
		}
		console.info(`datasets without a chart:\n  ${reasons.join('\n  ')}`);
	});

	it('CSV downloads have a header and one line per row', () => {
		for (const [document, datasets] of data) {
			for (const dataset of datasets) {
				const csv = readFileSync(join(DIST, 'data', document, `${dataset.id}.en.csv`), 'utf8');
				expect(csv.startsWith('\uFEFF'), dataset.id).toBe(true);
				expect(csv.trimEnd().split('\r\n').length, dataset.id).toBe(dataset.rows.length + 1);
			}
		}
	});
});
