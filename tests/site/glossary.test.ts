import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/schemas/glossary';
import { LANGS } from '../../src/schemas/i18n';
import { LOCALES } from '../../src/utils/format';
import { builtPages, ROOT } from '../helpers/dist';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('glossary', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const dir = join(ROOT, 'src/content/glossary');
	const entries = readdirSync(dir).map((file) => ({ file, data: glossarySchema.parse(yaml.load(readFileSync(join(dir, file), 'utf8'))) }));

	it('a definition quoted from a source is verbatim at the place marked as defining it', () => {
		let checked = 0;
		for (const { file, data } of entries) {
			const source = data.definitionSource;
			if (source.kind !== 'document') continue;
			const page = byPath.get(`/kk/${source.document}/${source.page}/`);
			expect(page, `${file}: definitionSource ${source.document}/${source.page} is no page`).toBeDefined();
			const target = page!.$(`#${source.id}`).clone();
			target.find('[data-pagefind-ignore], [data-derived]').remove();
			expect(normalise(target.text()), `${file} → ${source.document}/${source.page}#${source.id}`).toContain(normalise(data.definition.kk));
			checked++;
		}
		console.info(`${entries.length} glossary terms; ${checked} quoted definitions found verbatim at their sources`);
		expect(checked).toBeGreaterThan(0);
	});
});

describe('glossary: term pages, linking and backlinks', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const dir = join(ROOT, 'src/content/glossary');
	const entries = readdirSync(dir).map((file) => ({ id: file.replace(/\.yaml$/, ''), data: glossarySchema.parse(yaml.load(readFileSync(join(dir, file), 'utf8'))) }));
	/** The documents' pages in a language (not the glossary, search, source pages or side-by-side views). */
	const documentPagesIn = (lang: string) =>
		pages.filter((p) => new RegExp(`^/${lang}/[a-z0-9-]+/[a-z0-9-]+/$`).test(p.path) && !p.path.startsWith(`/${lang}/glossary/`) && !p.path.includes('/source/'));
	const documentPages = documentPagesIn('kk');
	/** How many links each term gets from the documents' pages in a language (its text, or the Kazakh shown in its place). */
	const linksIn = (lang: string) => {
		const linksTo = new Map<string, number>();
		for (const page of documentPagesIn(lang)) page.$('a.term-link[data-term]').each((_, a) => void linksTo.set(a.attribs['data-term']!, (linksTo.get(a.attribs['data-term']!) ?? 0) + 1));
		return linksTo;
	};
	const linksTo = linksIn('kk');

	it('has at least 100 terms, each with a page in kk, ru and en under the same id, and its shipped anchor on the index', () => {
		expect(entries.length).toBeGreaterThanOrEqual(100);
		for (const lang of LANGS) {
			const index = byPath.get(`/${lang}/glossary/`)!.$;
			for (const { id, data } of entries) {
				const page = byPath.get(`/${lang}/glossary/${id}/`);
				expect(page, `/${lang}/glossary/${id}/`).toBeDefined();
				expect(page!.$('h1').text()).toContain(data.term[lang]);
				expect(index(`#${id} a[href="/${lang}/glossary/${id}/"]`), `/${lang}/glossary/#${id}`).toHaveLength(1);
			}
		}
	});

	it('lists the terms in each language’s alphabetical order (Kazakh: а ә б … у ұ ү … ы і), under a letter index', () => {
		for (const lang of LANGS) {
			const $ = byPath.get(`/${lang}/glossary/`)!.$;
			const terms = $('.glossary-entry dt dfn').map((_, el) => $(el).text().trim()).get();
			const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base' });
			expect(terms, lang).toEqual([...terms].sort(collator.compare));
			const letters = $('.glossary-letters a').map((_, a) => $(a).text()).get();
			expect(letters).toEqual($('.glossary-letter h2').map((_, h) => $(h).text()).get());
		}
		const kk = byPath.get('/kk/glossary/')!.$('.glossary-letters a').map((_, a) => a.children.map((c) => ('data' in c ? c.data : '')).join('')).get();
		// Kazakh letters in Kazakh order, not code-point order (Ә, Ғ, Қ, Ұ, Ү, І would all come last).
		expect(kk.indexOf('Ә')).toBe(kk.indexOf('А') + 1);
		expect(kk.indexOf('І')).toBeGreaterThan(kk.indexOf('Ш'));
		expect(kk.indexOf('Ұ')).toBeGreaterThan(kk.indexOf('У'));
	});

	it('lists on each term page exactly the links the documents make to it in that language (backlinks), each to its citable place where the text has one', () => {
		for (const lang of LANGS) {
			const links = linksIn(lang);
			let total = 0;
			for (const { id } of entries) {
				const $ = byPath.get(`/${lang}/glossary/${id}/`)!.$;
				const backlinks = $('.glossary-occurrences a').map((_, a) => $(a).attr('href')!).get();
				expect(backlinks.length, `/${lang}/glossary/${id}/`).toBe(links.get(id) ?? 0);
				// Text before a page's first id (a few unnumbered paragraphs of the reports) is cited by its page.
				for (const href of backlinks) expect(href, `/${lang}/glossary/${id}/`).toMatch(new RegExp(`^/${lang}/[a-z0-9-]+/[a-z0-9-]+/(#[a-z0-9-]+)?$`));
				total += backlinks.length;
			}
			console.info(`${lang}: ${total} backlinks on the term pages`);
			expect(total, lang).toBeGreaterThan(1000);
		}
	});

	it('never links a term inside a heading, another link, text in another language, a <Sic> or an editorial note', () => {
		for (const page of documentPages) {
			const $ = page.$;
			const bad = $('h1 a.term-link, h2 a.term-link, h3 a.term-link, h4 a.term-link, h5 a.term-link, h6 a.term-link, a a.term-link, .sic a.term-link, .editorial-note a.term-link, [data-doc-body] [lang]:not([lang="kk"]) a.term-link');
			expect(bad.map((_, a) => $.html(a)).get(), page.path).toEqual([]);
		}
	});

	it('links the documents’ text to most terms, and every entry of the profile’s own glossary to the site’s term', () => {
		const listed = new Set(entries.filter((e) => e.data.listedAt.length > 0).map((e) => e.id));
		const inText = entries.filter((e) => linksTo.has(e.id)).length;
		const inTextOrList = entries.filter((e) => linksTo.has(e.id) || listed.has(e.id)).length;
		console.info(
			`glossary: ${entries.length} terms; linked from the documents' running text: ${inText} (${((100 * inText) / entries.length).toFixed(1)} %); ` +
				`from the text or the documents' own glossaries and abbreviation lists: ${inTextOrList} (${((100 * inTextOrList) / entries.length).toFixed(1)} %)`,
		);
		expect(inTextOrList / entries.length).toBeGreaterThanOrEqual(0.9);
		expect(inText / entries.length).toBeGreaterThanOrEqual(0.75);
		const glossaryPage = byPath.get('/kk/profile-2014-2019/glossary/')!.$;
		for (let n = 1; n <= 56; n++) {
			const ref = glossaryPage(`#gl-${n}`).next('.glossary-term-ref').find('a.term-ref');
			expect(ref.attr('href'), `gl-${n}`).toMatch(/^\/kk\/glossary\/[a-z0-9-]+\/$/);
		}
	});
});
