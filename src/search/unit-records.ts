import type { BuiltPage } from '../checks/dist';
import { attestedStems, fold, indexToken, joinDigitGroups, stem, stemCandidates, words } from './kazakh-normaliser';
import { englishStem, russianStem } from '../matching/snowball';
import { termNameToken } from './term-names';

/**
 * The Kazakh site's citable units as search records (built after the site, by
 * integrations/search-index.ts): one record per unit — a point, paragraph, list item, heading, plan
 * row, table or figure caption, footnote — of every Kazakh document page, and one per glossary term
 * page. Its searchable content is the unit's words normalised (folded and stemmed,
 * search/kazakh-normaliser.ts), so that any inflected or Russian-keyboard form of a word finds the
 * unit; its metadata keeps what a result shows: the unit's text as written, its page and document.
 */
export interface UnitRecord {
	/** The unit's URL: its page with `#id` (a glossary term: its page). */
	url: string;
	/** The unit's words, normalised, in order. */
	content: string;
	meta: {
		/** The page's title (its h1). */
		title: string;
		/** The unit's text as written (for the excerpt). */
		text: string;
		/** The unit's id (empty for a glossary term). */
		id: string;
		/** The heading of an id'd heading unit, else empty. */
		heading: string;
		/** The document's short title, as the page's `data-pagefind-meta` gives it. */
		document: string;
		/** A glossary term's names in three languages (headwords, abbreviations, variants), separated by " | ". */
		names: string;
		/** A glossary term's Russian and English names as their stems (a name's stems separated by spaces, names by " | "): what a Russian or English query must cover to be the term (client/search.ts). */
		foreignNames: string;
	};
	/** The page's search filters (search/facets.ts), as its `data-pagefind-filter` elements give them. */
	filters: Record<string, string[]>;
}

/** A built page's Pagefind filters: its `data-pagefind-filter="key:value"` elements (components/SearchFacets.astro). */
function pageFilters(page: BuiltPage): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	page.$('[data-pagefind-body] [data-pagefind-filter]').each((_, element) => {
		const [key, ...value] = (page.$(element).attr('data-pagefind-filter') ?? '').split(':');
		if (key && value.length) (filters[key] ??= []).push(value.join(':'));
	});
	return filters;
}

/** Elements that are citable units in a document's body (their id is a citation id). */
const UNIT_SELECTOR = 'p[id], li[id], h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], tr[id], figure[id], dd[id], dt[id]';

/** A unit's own text: without its copy-link, visually hidden helpers or nested units. */
function unitText(page: BuiltPage, element: Parameters<BuiltPage['$']>[0]): string {
	const $ = page.$;
	const clone = $(element).clone();
	clone.find('[data-copy-link], [id], .visually-hidden, [data-pagefind-ignore]').remove();
	return clone.text().replace(/\s+/g, ' ').trim();
}

/** A citable unit of a language's pages, as found in the built page. */
export interface SiteUnit {
	url: string;
	text: string;
	title: string;
	id: string;
	heading: string;
	document: string;
	names: { lang: string; text: string }[];
	filters: Record<string, string[]>;
}

/**
 * A dataset's table as printed, row by row: its labels («Башқұрттар» in the table of emigrants by
 * ethnicity) and its numbers («1 797 431»), so that a reader finds a table by what it holds. Not a
 * column name the editors reconstructed (`data-derived`: it is not the source's).
 */
function tableText(page: BuiltPage, figure: Parameters<BuiltPage['$']>[0]): string[] {
	const $ = page.$;
	return $(figure)
		.find('table :is(th, td):not([data-derived])')
		.map((_, cell) => $(cell).text().replace(/\s+/g, ' ').trim())
		.get()
		.filter(Boolean);
}

/** The Kazakh pages' units, before normalising: what `unitRecords` makes records of. */
export function kazakhUnits(pages: BuiltPage[]): SiteUnit[] {
	return siteUnits(pages, 'kk');
}

/** A language's indexed pages' citable units (the pages with `data-pagefind-body`: translated ones, on the ru and en sites). */
export function siteUnits(pages: BuiltPage[], lang: string): SiteUnit[] {
	const units: SiteUnit[] = [];
	for (const page of pages) {
		if (!page.path.startsWith(`/${lang}/`)) continue;
		const $ = page.$;
		const body = $('[data-pagefind-body]');
		if (!body.length) continue;
		const title = $('h1').first().clone().find('[data-copy-link]').remove().end().text().trim();
		const document = /^document:(.*)$/.exec(body.attr('data-pagefind-meta') ?? '')?.[1] ?? '';
		const filters = pageFilters(page);
		if (page.path.startsWith(`/${lang}/glossary/`)) {
			const names = $('.glossary-equivalents dd[lang] :is(dfn, abbr, [data-variant])')
				.map((_, el) => ({ lang: $(el).closest('[lang]').attr('lang')!, text: $(el).text().trim() }))
				.get();
			units.push({ url: page.path, text: body.clone().find('[data-pagefind-ignore], nav').remove().end().text().replace(/\s+/g, ' ').trim(), title, id: '', heading: '', document, names, filters });
			continue;
		}
		body.find(UNIT_SELECTOR).each((_, element) => {
			const id = $(element).attr('id')!;
			const text = element.tagName === 'figure' ? figureText(page, element) : unitText(page, element);
			if (!text) return;
			const heading = /^h[1-6]$/.test(element.tagName) ? text : '';
			units.push({ url: `${page.path}#${id}`, text, title, id, heading, document, names: [], filters });
		});
		// The page's text outside its units (a document's landing page: its kind, number, dates; a
		// plan's column heads), found as the page itself: every indexed word is in some record.
		const rest = body.clone();
		rest.find(`[data-pagefind-ignore], nav, ${UNIT_SELECTOR}`).remove();
		const restText = rest.text().replace(/\s+/g, ' ').trim();
		if (/[\p{L}\p{N}]/u.test(restText)) units.push({ url: page.path, text: restText, title, id: '', heading: '', document, names: [], filters });
	}
	return units;
}

/**
 * A table's or figure's text: its caption, its table's cells (tableText), then what else it prints (a
 * note on its source, a diagram's labels), not what the search leaves out (a chart's title, derived).
 */
function figureText(page: BuiltPage, figure: Parameters<BuiltPage['$']>[0]): string {
	const $ = page.$;
	const caption = $(figure).find('figcaption, caption').first().get(0);
	const rest = $(figure).clone();
	rest.find('figcaption, caption, table, [data-copy-link], .visually-hidden, [data-pagefind-ignore]').remove();
	return [caption ? unitText(page, caption) : '', ...tableText(page, figure), rest.text().replace(/\s+/g, ' ').trim()].filter(Boolean).join(' ');
}

/**
 * A unit of the Russian or English site as a search record (integrations/search-index.ts): its content
 * is its text as written, which Pagefind stems with its own Snowball stemmer for the record's language;
 * the result's data is the unit, about half a KiB, where a result of the pages' index is the whole page.
 */
export interface TranslatedUnitRecord {
	url: string;
	content: string;
	language: string;
	meta: Omit<UnitRecord['meta'], 'text' | 'foreignNames'>;
	filters: Record<string, string[]>;
}

/** The records of a translated site's units (ru, en): the pages it indexes (translated ones), unit by unit. */
export function translatedUnitRecords(pages: BuiltPage[], lang: 'ru' | 'en'): TranslatedUnitRecord[] {
	return siteUnits(pages, lang).map((unit) => ({
		url: unit.url,
		content: unit.text,
		language: lang,
		meta: { title: unit.title, id: unit.id, heading: unit.heading, document: unit.document, names: unit.names.map((n) => n.text).join(' | ') },
		filters: unit.filters,
	}));
}

/**
 * The records of the Kazakh units: each unit's words folded and stemmed against the vocabulary of all
 * the units (a stem must be a word of the site's text, or the reading of two of its words: attestedStems).
 */
export function unitRecords(pages: BuiltPage[]): { records: UnitRecord[]; vocabulary: number } {
	const units = kazakhUnits(pages);
	const vocabulary = new Set(units.flatMap((unit) => words(joinDigitGroups(unit.text)).map(fold)));
	const isWord = (word: string) => vocabulary.has(word);
	const isAttested = attestedStems(vocabulary);
	const tokens = new Map<string, string>();
	// A word's stem; a word whose shorter readings the text does not attest also gets its shortest
	// reading as a second token, so that its other forms still find it (карточкасын: the text has no
	// other form of «карточка», and «карточкалары» typed must still find it). Index tokens have no hyphens.
	const normalise = (word: string) => {
		const folded = fold(word);
		if (!tokens.has(folded)) {
			const found = stem(folded, isWord, isAttested);
			const shortest = stemCandidates(folded).at(-1)!;
			tokens.set(folded, [found, ...(found === folded && shortest !== folded ? [shortest] : [])].map(indexToken).join(' '));
		}
		return tokens.get(folded)!;
	};
	// A term's Russian and English names also go in as their Snowball stems (беженец → беженц), so that a
	// Russian or English word typed on the Kazakh site finds the term in any form (беженцы, refugees).
	const stemsOf = ({ lang, text }: { lang: string; text: string }) =>
		lang === 'ru' ? words(text).map((w) => indexToken(fold(russianStem(w)))) : lang === 'en' ? words(text).map((w) => indexToken(englishStem(w))) : [];
	const foreignStems = (names: { lang: string; text: string }[]) => names.flatMap(stemsOf);
	const records = units.map((unit) => ({
		url: unit.url,
		// A term's names also go in whole, as its exact-name tokens (search/term-names.ts).
		content: [...words(joinDigitGroups(unit.text)).map(normalise), ...foreignStems(unit.names), ...new Set(unit.names.map((name) => termNameToken(name.text)).filter(Boolean))].join(' '),
		meta: {
			title: unit.title,
			text: unit.text,
			id: unit.id,
			heading: unit.heading,
			document: unit.document,
			names: unit.names.map((n) => n.text).join(' | '),
			foreignNames: [...new Set(unit.names.map((name) => stemsOf(name).join(' ')).filter(Boolean))].join(' | '),
		},
		filters: unit.filters,
	}));
	return { records, vocabulary: vocabulary.size };
}
