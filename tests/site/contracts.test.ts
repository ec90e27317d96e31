import { describe, expect, it } from 'vitest';
import { citationIdsOf } from '../../src/checks/ids';
import { LANGS } from '../../src/schemas/i18n';
import { routeOf } from '../../src/utils/routes';
import { builtPages } from '../helpers/dist';
import { documents, sourceText } from '../helpers/documents';

describe('the built site keeps its public contracts', async () => {
	const pages = await builtPages();
	// Side-by-side views (/{lang}/{doc}/{page}/parallel/{other}/) exist per pair of languages, not per language: tests/site/translations.test.ts.
	const localised = pages.filter((p) => /^\/(kk|ru|en)\//.test(p.path) && !p.path.includes('/parallel/'));

	// Links, #fragments and the uniqueness and mirroring of ids are checked by the build itself
	// (integrations/site-checks.ts); what it cannot know is which ids have been published.
	it('the legal acts keep the citation ids published so far', () => {
		const expected: Record<string, string[]> = {
			'concept-2000': ['p-1', 'p-2', 'p-3', 's-1', 's-1-6', 's-2-principle-5', 's-3-transitional-4', 's-3-longterm-5', 's-4-4', 's-5'],
			'programme-2001-2010': [
				...['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'resolution-note', 'passport', 'passport-periods', 'intro-para-1'],
				...['s-1-1', 's-1-2-para-3', 's-3-1-immigration-oralman', 's-3-2-directions', 's-4-a', 's-4-d', 's-4-note', 's-5-para-1'],
				...['plan-1-1', 'plan-1-1-1', 'plan-1-1-6', 'plan-4-1-2', 'plan-5-1-5', 'abbreviations', 'abbr-kda'],
			],
		};
		for (const [slug, required] of Object.entries(expected)) {
			const docPages = pages.filter((p) => p.path.startsWith(`/kk/${slug}/`) && p.$('[data-doc-body]').length);
			const ids = docPages.flatMap(citationIdsOf);
			console.info(`${slug}: ${ids.length} citation ids on ${docPages.length} pages`);
			for (const id of required) expect(ids, slug).toContain(id);
		}
	});

	it('every page exists in all three languages at mirrored paths', () => {
		const routes = new Map<string, Set<string>>();
		for (const page of localised) {
			const lang = page.path.split('/')[1]!;
			const route = routeOf(page.path);
			if (!routes.has(route)) routes.set(route, new Set());
			routes.get(route)!.add(lang);
		}
		for (const [route, langs] of routes) expect([...langs].sort(), route).toEqual([...LANGS].sort());
	});

	it('<html lang> matches the path, with hreflang alternates for every language and x-default', () => {
		for (const page of localised) {
			const lang = page.path.split('/')[1];
			const $ = page.$;
			expect($('html').attr('lang'), page.path).toBe(lang);
			const alternates = $('link[rel="alternate"][hreflang]')
				.map((_, el) => $(el).attr('hreflang'))
				.get();
			expect(alternates.sort(), page.path).toEqual(['en', 'kk', 'ru', 'x-default']);
			const route = routeOf(page.path);
			// Without SITE (as `npm test` builds) alternates are paths; tests/site/deployment.test.ts checks URLs.
			expect($('link[hreflang="ru"]').attr('href'), page.path).toBe(`/ru/${route ? `${route}/` : ''}`);
		}
	});

	it('the site root enters /kk/ and offers every language', () => {
		const root = pages.find((p) => p.path === '/')!;
		expect(root.$('meta[http-equiv="refresh"]').attr('content')).toContain('/kk/');
		const links = root.$('a[hreflang]').map((_, a) => root.$(a).attr('href')).get();
		expect(links).toEqual(['/kk/', '/ru/', '/en/']);
	});

	it('Kazakh pages have no English UI text (text, aria-label, title, placeholder)', () => {
		// Latin words allowed on kk pages: "sic", the names JavaScript, BibTeX, RIS and of the file formats
		// PDF, CSV and JSON, and ГОСТ's "URL" label; single letters (the legal "N") pass.
		const allowed = new Set(['sic', 'javascript', 'url', 'bibtex', 'ris', 'pdf', 'csv', 'json']);
		// Latin words that the sources print inside Kazakh text (names such as "Astana Hub", Roman
		// numerals) are content; lines mostly in Latin script (English abstracts, URLs) do not count.
		for (const doc of documents()) {
			for (const line of sourceText(doc).split('\n')) {
				const cyrillic = (line.match(/[\u0400-\u04FF]/g) ?? []).length;
				const latin = line.match(/\b[A-Za-z]{2,}\b/g) ?? [];
				if (cyrillic > latin.join('').length) for (const word of latin) allowed.add(word.toLowerCase());
			}
		}
		for (const page of pages.filter((p) => p.path.startsWith('/kk/'))) {
			const $ = page.$.root().clone();
			// Code (BibTeX, RIS) and URLs in citations are not UI text; "URL" is the label ГОСТ prescribes.
			$.find('script, style, code, pre, [lang]:not([lang="kk"])').remove();
			// A source page's text is the seed file as it is (English abstracts, URLs, references): content, not UI.
			$.find('[data-source-text] p[id]').remove();
			// A link whose text is its own address as printed (a footnote's "adilet.zan.kz/rus/docs/…") is a URL too.
			$.find('a[href^="http"]').each((_, a) => {
				const link = page.$(a);
				const text = link.text().replace(/\s+/g, '').replace(/^https?:\/\//, '');
				if (text && decodeURI(link.attr('href')!).includes(text)) link.remove();
			});
			const strings = [
				$.find('body').text(),
				...$.find('[aria-label], [title], [placeholder]')
					.map((_, el) => [page.$(el).attr('aria-label'), page.$(el).attr('placeholder'), page.$(el).attr('title')?.replace(/^#[\w-]+$/, '')].join(' '))
					.get(),
			]
				.join(' ')
				.replace(/https?:\/\/\S+/g, ' ')
				// A bare domain name in a sentence (the glossary's "egov.kz") is an address too.
				.replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:kz|ru|com|org|int|net)\b/g, ' ');
			// Roman numerals (months and periods in tables: "VIII", "I-IX") are numbers, not words.
			const latin = (strings.match(/\b[A-Za-z]{2,}\b/g) ?? []).filter((w) => !allowed.has(w.toLowerCase()) && !/^[IVXLC]+$/.test(w));
			expect(latin, page.path).toEqual([]);
		}
	});

	// Pages whose body is generated in the reader's language (frontmatter `body: generated`).
	const GENERATED_BODIES = [
		...['figures', 'tables', 'part-1', 'part-2', 'part-3', 'part-4'].map((page) => `profile-2014-2019/${page}`),
		'almaty-internal-migration/appendix-1',
	];
	const translatedBodies = localised.filter((p) => !p.path.startsWith('/kk/') && p.$('[data-doc-body]').length);
	const isGenerated = (path: string) => GENERATED_BODIES.includes(routeOf(path));

	// A ru/en page whose translation exists shows it (tests/site/translations.test.ts); the others, the Kazakh text.
	const isTranslation = (page: (typeof localised)[number]) => page.$('[data-doc-body]').attr('data-source-file')?.startsWith('src/content/translations/');

	it('every ru and en text page is either our translation (indexed in its language) or says it shows the Kazakh text (marked lang="kk", not indexed)', () => {
		const textPages = translatedBodies.filter((p) => !isGenerated(p.path));
		expect(textPages.length).toBeGreaterThan(0);
		for (const page of textPages) {
			const body = page.$('[data-doc-body]');
			if (isTranslation(page)) {
				expect(page.$('.fallback-notice').length, page.path).toBe(0);
				expect(body.attr('lang'), page.path).toBeUndefined();
				expect(body.attr('data-pagefind-ignore'), page.path).toBeUndefined();
			} else {
				expect(page.$('.fallback-notice').length, page.path).toBe(1);
				expect(body.attr('lang'), page.path).toBe('kk');
				expect(body.attr('data-pagefind-ignore'), page.path).toBe('all');
			}
		}
	});

	it('ru and en pages with a generated body (lists, part contents, data) have no notice and speak the reader’s language', () => {
		const generated = translatedBodies.filter((p) => isGenerated(p.path));
		expect(generated.length).toBe(GENERATED_BODIES.length * 2);
		for (const page of generated) {
			const $ = page.$;
			expect($('.fallback-notice').length, page.path).toBe(0);
			expect($('h1 + .title-original').length, page.path).toBe(0);
			expect($('[data-doc-body]').closest('[lang]').attr('lang'), page.path).toBe(page.path.split('/')[1]);
			// Any Kazakh shown in them (an untranslated table cell) is marked as such; Kazakh quoted in an editorial note is quoted.
			$('[data-doc-body] *:not(.editorial-note, .editorial-note *, .dataset-notes *)')
				.contents()
				.each((_, node) => {
					if (node.type !== 'text' || !/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(node.data)) return;
					expect($(node.parent!).closest('[lang]').attr('lang'), `${page.path}: ${node.data}`).toBe('kk');
				});
		}
	});

	it('labels the site adds inside a document body (copy-links, footnote back-links, figures, editorial notes) carry the reader’s language, as they must inside a Kazakh text shown untranslated', () => {
		const page = localised.find((p) => p.path === '/ru/profile-2014-2019/section-1-2/')!;
		const $ = page.$;
		for (const selector of ['[data-doc-body] a.copy-link', '[data-doc-body] a[data-footnote-backref]', '[data-doc-body] figure.dataset', '[data-doc-body] .editorial-note']) {
			expect($(selector).length, selector).toBeGreaterThan(0);
			$(selector).each((_, el) => expect($(el).attr('lang'), selector).toBe('ru'));
		}
	});

	it('every heading and numbered point in document bodies has a copy-link', () => {
		for (const page of localised.filter((p) => p.$('[data-doc-body]').length)) {
			const $ = page.$;
			$('[data-doc-body] [id], h1[id]').each((_, el) => {
				const id = $(el).attr('id')!;
				if (id === 'footnote-label' || /^fn(ref)?-/.test(id)) return;
				// A figure caption's id only labels its figure.
				if (el.tagName === 'figcaption') return;
				// A table row (action-plan item, abbreviation) has its copy-link in its first cell; a figure
				// (dataset, source figure) in its caption.
				const holder = el.tagName === 'tr' ? $(el).children().first() : el.tagName === 'figure' ? $(el).children('figcaption') : $(el);
				expect(holder.children(`a.copy-link[href="#${id}"]`).length, `${page.path}#${id}`).toBe(1);
			});
		}
	});

	it('document pages carry Highwire citation tags, schema.org JSON-LD and Open Graph', () => {
		// The source text page (/{lang}/{doc}/source/) is the raw material, not the edition: no citation metadata.
		for (const page of localised.filter((p) => p.path.includes('/concept-2000/') && !p.path.endsWith('/source/'))) {
			const $ = page.$;
			expect($('meta[name="citation_title"]').attr('content'), page.path).toBeTruthy();
			expect($('meta[name="citation_author"]').length, page.path).toBeGreaterThan(0);
			expect($('meta[name="citation_publication_date"]').attr('content'), page.path).toBe('2000/09/05');
			const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
			expect(jsonLd['@type'], page.path).toBe('Legislation');
			expect(jsonLd.legislationIdentifier).toBe('N 1346');
		}
	});
});
