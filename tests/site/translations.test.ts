import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAlignment, hasBody, kazakhRevision } from '../../src/checks/translation-alignment';
import { citationIdsOf } from '../../src/checks/ids';
import { builtPages, ROOT } from '../helpers/dist';

const TARGETS = ['ru', 'en'] as const;
/** Documents whose text is complete in Russian and English (issue 14: the two legal acts). */
const COMPLETE = ['concept-2000', 'programme-2001-2010'];

const kazakhFile = (doc: string, page: string) => readFileSync(join(ROOT, 'src/content/pages', doc, `${page}.mdx`), 'utf8');
const translationFile = (lang: string, doc: string, page: string) => join(ROOT, 'src/content/translations', lang, doc, `${page}.mdx`);
const textPages = (doc: string) =>
	readdirSync(join(ROOT, 'src/content/pages', doc))
		.map((file) => file.replace(/\.mdx$/, ''))
		.filter((page) => !/^body: generated$/m.test(kazakhFile(doc, page)));

describe('the translations', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));

	it('both legal acts are complete in ru and en, every page aligned with its Kazakh page and current', () => {
		for (const doc of COMPLETE) {
			for (const lang of TARGETS) {
				for (const page of textPages(doc)) {
					const file = readFileSync(translationFile(lang, doc, page), 'utf8');
					const where = `${lang}/${doc}/${page}`;
					expect(hasBody(file), `${where} has a translated body`).toBe(true);
					expect(checkAlignment(kazakhFile(doc, page), file), where).toEqual([]);
					expect(/^follows: "?([0-9a-f]{12})"?$/m.exec(file)?.[1], `${where} follows the current Kazakh revision`).toBe(kazakhRevision(kazakhFile(doc, page)));
				}
			}
		}
	});

	it('a translated page shows its own text, says it is the site\'s unofficial translation of the Kazakh, and cites it so', () => {
		for (const doc of COMPLETE) {
			for (const lang of TARGETS) {
				for (const page of textPages(doc)) {
					const built = byPath.get(`/${lang}/${doc}/${page}/`)!;
					const $ = built.$;
					const body = $('[data-doc-body]');
					expect(body.attr('data-source-file'), built.path).toBe(`src/content/translations/${lang}/${doc}/${page}.mdx`);
					expect(body.attr('lang'), built.path).toBeUndefined();
					expect(body.attr('data-pagefind-ignore'), built.path).toBeUndefined();
					expect($('.fallback-notice').length, built.path).toBe(0);
					expect($('.title-original').length, built.path).toBe(0);
					const notice = $('.translation-notice');
					expect(notice.find(`a[href="/kk/${doc}/${page}/"][hreflang="kk"]`).length, built.path).toBe(1);
					expect(notice.find('a[href^="https://adilet.zan.kz/"]').length, built.path).toBe(1);
					expect($('.translation-stale').length, built.path).toBe(0);
					expect($('[data-cite-output="gost"]').text(), built.path).toContain(lang === 'ru' ? 'неофициальный перевод с казахского языка' : 'unofficial translation from Kazakh');
					// The same citable units as the Kazakh page (the build checks this for every page too).
					expect(citationIdsOf(built), built.path).toEqual(citationIdsOf(byPath.get(`/kk/${doc}/${page}/`)!));
				}
			}
		}
	});

	it('the translated text carries glossary links in its own language', () => {
		for (const lang of TARGETS) {
			const links = COMPLETE.flatMap((doc) => textPages(doc).flatMap((page) => byPath.get(`/${lang}/${doc}/${page}/`)!.$('[data-doc-body] a.term-link').get()));
			const terms = new Set(links.map((a) => a.attribs['data-term']));
			console.info(`${lang}: ${links.length} glossary links to ${terms.size} terms in the two acts`);
			expect(terms.size, lang).toBeGreaterThan(30);
			for (const a of links) expect(a.attribs.href, lang).toBe(`/${lang}/glossary/${a.attribs['data-term']}/`);
		}
	});

	it('every page of the two acts has a side-by-side view for each ordered pair of languages, reachable from its pages', () => {
		for (const doc of COMPLETE) {
			for (const page of textPages(doc)) {
				for (const first of ['kk', ...TARGETS]) {
					const single = byPath.get(`/${first}/${doc}/${page}/`)!;
					for (const second of ['kk', ...TARGETS].filter((l) => l !== first)) {
						const path = `/${first}/${doc}/${page}/parallel/${second}/`;
						expect(byPath.has(path), path).toBe(true);
						expect(single.$(`.parallel-links a[href="${path}"]`).length, `${single.path} links ${path}`).toBe(1);
					}
				}
			}
		}
	});

	it('a side-by-side view pairs the two texts unit by unit, keeps the first\'s ids and prefixes the second\'s, and is not indexed', () => {
		const views = pages.filter((p) => p.path.includes('/parallel/'));
		expect(views.length).toBeGreaterThanOrEqual(COMPLETE.flatMap(textPages).length * 6);
		for (const view of views) {
			const [, first, doc, page, , second] = view.path.split('/');
			const $ = view.$;
			const kazakhPage = byPath.get(`/kk/${doc}/${page}/`)!;
			// The body's units: the page heading (h1) is the view's own, without an id.
			const kazakhIds = citationIdsOf(kazakhPage).filter((id) => id !== kazakhPage.$('h1').attr('id'));
			const firstIds = $('.parallel-cell:first-child [id]').map((_, el) => $(el).attr('id')).get();
			const secondIds = $('.parallel-cell:last-child [id]').map((_, el) => $(el).attr('id')).get();
			// Every citable unit of the body, in both columns, in the same order.
			expect(firstIds.filter((id) => kazakhIds.includes(id)), view.path).toEqual(kazakhIds);
			expect(secondIds.filter((id) => kazakhIds.includes(id.slice(second!.length + 1))), view.path).toEqual(kazakhIds.map((id) => `${second}-${id}`));
			// Rows pair the same unit: a row's first id on the left is its first id on the right.
			$('.parallel-row:not(.parallel-head)').each((_, row) => {
				const left = $(row).find('.parallel-cell:first-child [id]').first().attr('id');
				const right = $(row).find('.parallel-cell:last-child [id]').first().attr('id');
				if (left && right) expect(right, `${view.path}: row of #${left}`).toBe(`${second}-${left}`);
			});
			expect($('.parallel-cell:first-child').first().attr('lang'), view.path).toBe(first);
			expect($('.parallel-cell:last-child').first().attr('lang'), view.path).toBe(second);
			// The second column's copy-links cite its own page.
			$('.parallel-cell:last-child a[data-copy-link]').each((_, a) => {
				expect($(a).attr('href'), view.path).toMatch(new RegExp(`^/${second}/${doc}/${page}/#[a-z0-9-]+$`));
			});
			expect($('[data-doc-body], [data-pagefind-body]').length, view.path).toBe(0);
			expect($('meta[name="robots"]').attr('content'), view.path).toBe('noindex, follow');
			expect($('link[rel="alternate"][hreflang]').length, view.path).toBe(0);
		}
	});
});
