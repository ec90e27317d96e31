import { describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../src/checks/dist';
import { measureFidelity } from '../../src/checks/fidelity';
import { builtPages } from '../helpers/dist';
import { documents, sourceText } from '../helpers/documents';

/** Required share of each source's words on the site (issue targets); documents not listed: 0.99. */
const THRESHOLDS: Record<string, number> = { 'concept-2000': 0.995 };

/**
 * The Kazakh text of a document as the site shows it, in reading order: each content page's h1 and
 * body (without the site's own additions: copy-links, sic marks, editorial notes), then the landing
 * page's provenance block (the source's footer lines).
 */
function builtDocumentText(pages: BuiltPage[], slug: string): string {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const landing = byPath.get(`/kk/${slug}/`);
	if (!landing) throw new Error(`no built landing page /kk/${slug}/`);
	const order = landing
		.$('.doc-landing .document-contents > ol > li > a')
		.map((_, a) => landing.$(a).attr('href'))
		.get();
	const texts = order.map((path: string) => {
		const page = byPath.get(path);
		if (!page) throw new Error(`contents link ${path} has no page`);
		const $ = page.$;
		const article = $('.doc-article').clone();
		article.find('[data-pagefind-ignore], .breadcrumbs, .pagination').remove();
		return [article.find('h1').text(), article.find('[data-doc-body]').text()].join('\n');
	});
	texts.push(landing.$('.doc-source').text());
	return texts.join('\n');
}

describe('content fidelity: every word of each source reaches its Kazakh pages', async () => {
	const pages = await builtPages();
	const published = documents().filter((d) => d.published);

	it('has at least one published document', () => {
		expect(published.length).toBeGreaterThan(0);
	});

	for (const doc of published) {
		it(`${doc.slug} (${doc.seedFile})`, () => {
			const report = measureFidelity(sourceText(doc), builtDocumentText(pages, doc.slug));
			const threshold = THRESHOLDS[doc.slug] ?? 0.99;
			console.info(
				`fidelity ${doc.slug}: ${report.matched}/${report.total} source words = ${(report.ratio * 100).toFixed(2)}% (required ${(threshold * 100).toFixed(1)}%)` +
					(report.missing.length ? `\n  missing: ${report.missing.slice(0, 15).map((m) => `«${m.words.slice(0, 80)}»`).join('\n  missing: ')}` : ''),
			);
			expect(report.ratio).toBeGreaterThanOrEqual(threshold);
		});
	}
});
