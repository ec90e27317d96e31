/**
 * The search page's client. A query runs against the units' index of the page's language (loaded from
 * /pagefind-kk-units/ or /pagefind-units/ at run time; written after `astro build` by
 * integrations/search-index.ts): one Pagefind record per citable unit, and one per page for its text
 * outside its units. On the Kazakh site the words are normalised (any inflected or Russian-keyboard
 * form finds the others); on the Russian and English sites Pagefind stems them. Each result is a page
 * with the units that hold the query, each a link to the unit with its number or heading and the words
 * around the match; junk matches (Pagefind's fallback to a short prefix) are dropped. Results load a
 * batch at a time ("More results"). `window.siteSearch(query)` gives tests the same results as data.
 */
import { fillPlaceholders } from '../dictionaries/fill';
import { commonPrefix, excerptAt, holdsWrittenWords, phraseFirst, queryWords, unitHits, MIN_MATCH_LETTERS } from '../search/result-units';
import { fold, indexToken } from '../search/kazakh-normaliser';
import { foldedExcerpt, foldedWords, holdsAllWords, matchedStems, sentWordIndices, unitIndexQuery, type UnitRecordData } from '../search/folded-units';
import { facetCounts, pagefindFilters, selectionFromParams, FACETS, PAGE_FILTER, type FacetDocument, type FacetSelection } from '../search/facets';
import { termNameToken } from '../search/term-names';
import { closestTerms, didYouMean } from '../search/suggestions';
import { pinpointLabel } from '../utils/citation/pinpoint';
import type { TermPreviews } from '../pages/[lang]/glossary/previews.json';
import type { TermUse } from '../pages/[lang]/glossary/[term]/uses.json';
import type { Lang } from '../schemas/i18n';

/** What a Pagefind search gives: its results (a page, or a Kazakh unit), and per filter value how many there are without the reader's filters. */
interface PagefindSearch<Data> {
	/** `words`: the positions of the result's matched words. */
	results: { words: number[]; data(): Promise<Data> }[];
	unfilteredResultCount: number;
	totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind<Data> {
	options(options: { noWorker?: boolean; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
	search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch<Data>>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string): Promise<void>;
}
type ExcerptPart = { text: string; mark: boolean };
/** A result as shown: a page and the units of it that hold matches, best first. */
interface ShownResult {
	url: string;
	title: string;
	document?: string;
	/** A page shown as one unit, itself: a glossary term's page, or a page's text outside its units. */
	isTerm: boolean;
	units: { url: string; label: string; excerpt: ExcerptPart[] }[];
}

/** How many results are fetched and shown at a time. */
const BATCH = 5;
/** How many units of one result are listed under it. */
const UNITS_PER_RESULT = 3;
/** At most how many glossary terms share a name (an abbreviation or variant): more results are no name's. */
const MAX_NAMED_TERMS = 5;

const lang = document.documentElement.lang as Lang;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const messages: Record<'loading' | 'noResults' | 'results' | 'unavailable' | 'tooShort' | 'filtersNone' | 'didYouMean' | 'closestTerms', string> = JSON.parse(list.dataset.messages!);
const suggestions = document.querySelector<HTMLElement>('[data-search-suggestions]')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
/** Each document's kind and year, for the filters' counts. */
const facetDocuments: Record<string, FacetDocument> = JSON.parse(filterPanel.dataset.documents!);
const filterBoxes = [...filterPanel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

/**
 * The site's base path without a trailing slash ('' at the root). Not utils/routes.ts's sitePath: its
 * `import.meta.env?.` (safe outside Vite) is not replaced in browser code.
 */
const SITE_BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

const engines = new Map<string, Promise<unknown>>();
/**
 * A Pagefind bundle of the site, by its folder: `pagefind` (the pages), `pagefind-kk-units`; `ranking`
 * set before its first search. It searches on the page's own thread: Pagefind's Web Worker would be a
 * second copy of its code to download (13 KiB gzip), and these indexes search in milliseconds.
 */
function loadPagefind<Data>(folder: string, ranking?: { metaWeights: Record<string, number> }): Promise<Pagefind<Data>> {
	// A variable path keeps the bundler from resolving a file that exists only after the build. Under a
	// base path, Pagefind takes the base of its result URLs from where pagefind.js was loaded.
	const path = `${SITE_BASE}/${folder}/pagefind.js`;
	if (!engines.has(folder)) {
		engines.set(
			folder,
			import(/* @vite-ignore */ path).then(async (engine: Pagefind<Data>) => {
				await engine.options({ noWorker: true, ...(ranking && { ranking }) });
				return engine;
			}),
		);
	}
	return engines.get(folder) as Promise<Pagefind<Data>>;
}

/**
 * Loads an index's filters: only then does a search count its results per filter value
 * (totalFilters). Loaded when the reader opens the filters, not for every query (they cost bytes).
 */
const filtersLoaded = new WeakMap<object, Promise<unknown>>();
function withFilters<Data>(engine: Pagefind<Data>): Promise<unknown> {
	if (!filtersLoaded.has(engine)) filtersLoaded.set(engine, engine.filters());
	return filtersLoaded.get(engine)!;
}

/** A letter after every letter of the units' index's tokens (folded: Cyrillic and Latin, no Kazakh letters). */
const LAST_LETTER = '\u04ff';

/**
 * Pagefind matches the tokens that start with a sent word only within the index chunks it loads for that
 * word: the chunk where the word itself sorts. A short stem can sit at the end of one chunk and its
 * longer forms in the next («казакс» and «казакстан…»), and would then miss them. Loading also the chunk
 * where the word's last extension sorts (the word and LAST_LETTER) lets every token that starts with it
 * count; it costs a download only when the two differ.
 */
async function loadExtensions(engine: Pagefind<unknown>, sent: string) {
	await Promise.all(sent.split(' ').filter(Boolean).map((word) => engine.preload(`${word}${LAST_LETTER}`)));
}

/**
 * The units' index of the page's language (integrations/search-index.ts): the Kazakh one, its words
 * normalised, or the Russian and English one, as written (`content` is the unit's text; its data gets
 * it as `meta.text` too, as the Kazakh one has it). A glossary term whose names hold the query ranks
 * above the units that use it.
 */
const unitIndex = () => loadPagefind<UnitRecordData>(lang === 'kk' ? 'pagefind-kk-units' : 'pagefind-units', { metaWeights: { names: 10, title: 5 } });
/** A units' index result's data, with its text in `meta.text` (the Russian and English records' is their content). */
const withText = (data: UnitRecordData): UnitRecordData => (data.meta.text === undefined ? { ...data, meta: { ...data.meta, text: data.content } } : data);

/**
 * Whether a query has something to search for: a word of at least three letters, or a whole
 * abbreviation (two capitals: ТМД, ЕО) or a number. Shorter words alone would match only prefixes.
 */
function isSearchable(query: string): boolean {
	return query.split(/\s+/).some((word) => word.length >= MIN_MATCH_LETTERS || /^\p{Lu}{2,}$/u.test(word) || /^\d+$/.test(word));
}

/** A unit's name in a result: its number ("п. 2", "разд. 3.1, абз. 2"), or its heading, or its first words. */
function unitName(id: string, headingOf: (id: string) => string | undefined, text: () => string): string {
	const label = pinpointLabel(id, lang, headingOf);
	if (!label.startsWith('#')) return label;
	const words = text().split(/\s+/);
	return words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ') || label;
}

/** A few places the Kazakh documents use a glossary term, from its page's uses.json (pages/[lang]/glossary/[term]/uses.json.ts). */
async function termUses(termUrl: string): Promise<TermUse[]> {
	const response = await fetch(new URL('uses.json', new URL(termUrl, location.href)));
	return response.ok ? ((await response.json()) as { uses: TermUse[] }).uses : [];
}

/**
 * The results of a query, a batch at a time: `next()` gives the next results that hold real matches
 * (possibly none from one batch), `done` whether anything is left; results shown before may get more
 * units (`takeUpdated`).
 *
 * On the Kazakh site a glossary term one of whose names (in three languages) is the query comes first.
 * Then, within each batch, units whose text has the query as written as a phrase, then as a phrase
 * once folded, then word by word as written, then the rest (found through folding and stemming); a
 * document's unit before a glossary term that only uses the words.
 */
async function find(query: string, selection: FacetSelection = {}) {
	const words = queryWords(query);
	const folded = foldedWords(query);
	const filters = pagefindFilters(selection);
	const kazakh = lang === 'kk';
	const unitsEngine = await unitIndex();
	// What each query word sends to the units' index: on the Kazakh site its shortest Kazakh reading,
	// folded (search/folded-units.ts); on the others the word as written (Pagefind stems it).
	const readings = kazakh ? unitIndexQuery(folded).split(' ') : words;
	const unitQuery = readings.join(' ');
	// Whether a unit really matches (not Pagefind's fallback to a short prefix), and has every word itself.
	const matchedStemsOf = (data: UnitRecordData) => matchedStems(data, folded);
	const bestHit = (data: UnitRecordData) => unitHits({ ...data, anchors: [] }, words)[0];
	const isMatch = (data: UnitRecordData) => (kazakh ? matchedStemsOf(data).length > 0 : bestHit(data) !== undefined);
	const holdsAll = (data: UnitRecordData) => (kazakh ? holdsAllWords(data, folded) : holdsWrittenWords(data, words));
	/**
	 * The units' index searched for `sent` (positions in the query of the words it sends), phrases first;
	 * `withExtensions`: on the Kazakh site, with the chunks where the words' longer forms sort too.
	 */
	const searchUnits = async (sent: number[], withExtensions: boolean): Promise<PagefindSearch<UnitRecordData>> => {
		const sentQuery = sent.map((i) => readings[i]).join(' ');
		if (kazakh && withExtensions) await loadExtensions(unitsEngine, sentQuery);
		const found = await unitsEngine.search(sentQuery, { filters });
		// Positions in a row are a phrase only when the words sent are side by side in the query.
		const isRun = sent.every((i, k) => k === 0 || i === sent[k - 1]! + 1);
		const results = found.results.map((result) => ({ words: result.words, data: async () => withText(await result.data()) }));
		return { ...found, results: phraseFirst(results, isRun ? sent.length : 1) };
	};
	// A first search downloads little: it sends at most two of the query's words, each loading the index
	// chunk it sorts in, and not the next one, where a frequent word's longer forms may go on
	// («кошикон» | «кошиконшы»: `loadExtensions`). A unit it finds is shown only if it has the other
	// words too (`holdsAll`, as every unit: Pagefind also matches a word of the unit's page title). After
	// the first batch the search is completed: every word, every chunk of their forms (units shown are
	// skipped).
	const firstSent = sentWordIndices(readings);
	let complete = firstSent.length === readings.length && !kazakh;
	let completed = false;
	let units = await searchUnits(firstSent, complete);
	// A glossary term is the query when any of its names in three languages is (a Russian word typed on the Kazakh site: мигрант).
	const queryName = termNameToken(query);
	/** A glossary term's record (the others without an id are a page's text outside its units). */
	const isTermRecord = (d: UnitRecordData) => !d.meta.id && Boolean(d.meta.names);
	const isExactTermUnit = (d: UnitRecordData) => !d.meta.id && (d.meta.names ?? '').split(' | ').some((name) => termNameToken(name) === queryName);
	// A glossary term one of whose Russian or English names the query's words cover, stem by stem
	// («беженцы» covers «беженец», "refugees" "refugee"): a foreign word typed on the Kazakh site.
	const coversName = (stems: string) =>
		stems.split(' ').every((stem) => folded.map(indexToken).some((word) => word.startsWith(stem) || (word.length >= MIN_MATCH_LETTERS && stem.startsWith(word))));
	const isForeignTerm = (d: UnitRecordData) => !d.meta.id && (d.meta.foreignNames ?? '').split(' | ').some((name) => name !== '' && coversName(name));
	const hasExactWords = (d: UnitRecordData) => {
		const textWords = d.meta.text.toLocaleLowerCase().split(/[^\p{L}\p{N}-]+/u);
		return words.every((word) => textWords.some((t) => t.startsWith(word)));
	};
	// The query as written, as a phrase of the unit's text (any white space, no-break and narrow spaces included).
	const spaced = (text: string) => text.toLocaleLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
	const phrase = spaced(query.trim());
	const hasPhrase = (d: UnitRecordData) => spaced(d.meta.text).includes(phrase);
	// The same, folded: a phrase typed on a Russian keyboard («жумыспен камтудын жол картасы»).
	const foldedPhrase = fold(phrase);
	const hasFoldedPhrase = (d: UnitRecordData) => fold(spaced(d.meta.text)).includes(foldedPhrase);
	const shownUnits = new Set<string>();
	const shownPages = new Map<string, ShownResult>();
	/** Results shown earlier that the last batch added units to. */
	const updated = new Set<ShownResult>();
	// Units are grouped into page results: a batch fetches twice as many units as results it shows.
	const unitsPerBatch = 2 * BATCH;
	let unitOffset = 0;
	let first = true;

	/** Adds a unit to its page's result (a new result, or one already shown), unless it is shown. */
	const place = (results: ShownResult[], page: Omit<ShownResult, 'units'>, unit: ShownResult['units'][number]) => {
		if (shownUnits.has(unit.url)) return;
		shownUnits.add(unit.url);
		const existing = shownPages.get(page.url);
		if (!existing) {
			const result = { ...page, units: [unit] };
			shownPages.set(page.url, result);
			results.push(result);
		} else {
			existing.units.push(unit);
			if (!results.includes(existing)) updated.add(existing);
		}
	};
	/** A term's names as its excerpt, those `isMarked` marked (a name may not be in the text's first lines). */
	const namesExcerpt = (data: UnitRecordData, isMarked: (name: string) => boolean) => (data.meta.names ?? '').split(' | ').map((name) => ({ text: name, mark: isMarked(name) }));
	// A foreign name the query covers: a word of it shares four letters from its start with a query word (беженец, беженцы).
	const isCoveredName = (name: string) => foldedWords(name).some((word) => folded.some((asked) => commonPrefix(word, asked) >= Math.min(4, asked.length)));
	const placeUnit = (results: ShownResult[], data: UnitRecordData, stems: string[]) => {
		const pageUrl = data.url.replace(/#.*$/, '');
		const label = data.meta.id ? unitName(data.meta.id, (id) => (id === data.meta.id && data.meta.heading ? data.meta.heading : undefined), () => data.meta.text) : data.meta.title;
		const hit = kazakh ? undefined : bestHit(data);
		const excerpt = isForeignTerm(data) ? namesExcerpt(data, isCoveredName) : hit ? excerptAt({ ...data, anchors: [] }, hit, words) : foldedExcerpt(data.meta.text, stems);
		place(results, { url: pageUrl, title: data.meta.title, document: data.meta.document || undefined, isTerm: !data.meta.id }, { url: data.url, label, excerpt });
	};

	/**
	 * Whether an index's results are real matches or Pagefind's fallback to a short prefix. All
	 * query words must match, so a word that matched for real matched in every result: the first
	 * result tells (the first without the reader's filters, when they leave none).
	 */
	const isReal = async <Data,>(found: PagefindSearch<Data>, unfiltered: () => Promise<PagefindSearch<Data>>, isMatch: (data: Data) => boolean) => {
		const top = found.results[0] ?? (found.unfilteredResultCount > 0 ? (await unfiltered()).results[0] : undefined);
		return top ? isMatch(await top.data()) : false;
	};

	return {
		/**
		 * The pages the query finds, without the reader's filters, as page keys (search/facets.ts): what
		 * the filters count. Loads the index's filters and searches again with every word.
		 */
		async foundPages(): Promise<Set<string>> {
			const keys = new Set<string>();
			await withFilters(unitsEngine);
			if (kazakh) await loadExtensions(unitsEngine, unitQuery);
			const found = await unitsEngine.search(unitQuery);
			if (!(await isReal(found, () => unitsEngine.search(unitQuery), (data) => isMatch(withText(data))))) return keys;
			for (const [key, count] of Object.entries(found.totalFilters[PAGE_FILTER] ?? {})) if (count > 0) keys.add(key);
			return keys;
		},
		get done() {
			return complete && unitOffset >= units.results.length;
		},
		takeUpdated(): ShownResult[] {
			const taken = [...updated];
			updated.clear();
			return taken;
		},
		async next(): Promise<ShownResult[]> {
			const results: ShownResult[] = [];
			if (first && kazakh && units.results.length > 0) {
				// A glossary term that is the query leads, wherever the units' index ranks its record.
				first = false;
				// The query as a term's name token (search/term-names.ts): it starts only the name tokens of
				// terms, a few. When it starts none, Pagefind falls back to a shorter prefix, which finds
				// many units (not looked at) or a few, the first of which tells.
				const named = queryName ? (await unitsEngine.search(queryName, { filters })).results : [];
				const isTermRecord = named.length > 0 && named.length <= MAX_NAMED_TERMS && !(await named[0]!.data()).meta.id;
				const terms = isTermRecord ? await Promise.all(named.map((r) => r.data())) : [];
				for (const data of terms.filter(isExactTermUnit)) {
					// Its excerpt: the term's names, the one typed marked.
					const excerpt = namesExcerpt(data, (name) => termNameToken(name) === queryName);
					place(results, { url: data.url, title: data.meta.title, document: data.meta.document || undefined, isTerm: true }, { url: data.url, label: data.meta.title, excerpt });
				}
			}
			if (!complete && (unitOffset > 0 || units.results.length === 0)) {
				units = await searchUnits(readings.map((_, i) => i), true);
				complete = completed = true;
				unitOffset = 0;
			}
			if (unitOffset < units.results.length) {
				const isFirstBatch = unitOffset === 0 && !completed;
				const batch = (await Promise.all(units.results.slice(unitOffset, unitOffset + unitsPerBatch).map((r) => r.data())))
					.map((data) => ({ data, stems: kazakh ? matchedStemsOf(data) : [] }))
					.filter(({ data }) => isMatch(data) && (readings.length === 1 || holdsAll(data)));
				unitOffset += unitsPerBatch;
				// Within each class, a document's unit before a glossary term that only uses the words.
				const rank = (d: UnitRecordData) => 2 * (isExactTermUnit(d) || isForeignTerm(d) ? 0 : hasPhrase(d) ? 1 : hasFoldedPhrase(d) ? 2 : hasExactWords(d) ? 3 : 4) + (isTermRecord(d) ? 1 : 0);
				batch.sort((a, b) => rank(a.data) - rank(b.data));
				for (const { data, stems } of batch) placeUnit(results, data, stems);
				// A Russian or English word found only glossary terms: the places the Kazakh texts use the term it names follow it.
				const foreignTerm = batch.find(({ data }) => isForeignTerm(data))?.data;
				if (isFirstBatch && unitOffset >= units.results.length && foreignTerm && batch.every(({ data }) => isTermRecord(data))) {
					for (const use of await termUses(foreignTerm.url)) {
						// As the term's page shows its uses: an ellipsis where the text goes on.
						const excerpt = [
							...(use.before.trim() ? [{ text: `…${use.before.trim()}`, mark: false }] : []),
							{ text: use.match, mark: true },
							...(use.after.trim() ? [{ text: `${use.after.trim()}…`, mark: false }] : []),
						];
						const label = use.id ? unitName(use.id, () => undefined, () => `${use.before}${use.match}${use.after}`) : use.title;
						place(results, { url: use.url.replace(/#.*$/, ''), title: use.title, document: use.document, isTerm: false }, { url: use.url, label, excerpt });
					}
				}
			}
			return results;
		},
	};
}

function excerptElement(parts: ExcerptPart[]): HTMLParagraphElement {
	const p = document.createElement('p');
	for (const [i, part] of parts.entries()) {
		if (i > 0) p.append(' ');
		if (part.mark) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			p.append(mark);
		} else p.append(part.text);
	}
	return p;
}

/** A unit's link from the results: with the query in `?hl=`, for client/highlight.ts to mark on arrival. */
function withHighlight(url: string): string {
	const target = new URL(url, location.href);
	target.searchParams.set('hl', input.value.trim());
	return target.pathname + target.search + target.hash;
}

/** Each shown document result's list of units, to add units a later batch finds. */
const unitLists = new WeakMap<ShownResult, { list: HTMLUListElement; count: number }>();

function renderUnits(result: ShownResult) {
	const entry = unitLists.get(result);
	if (!entry) return;
	for (const unit of result.units.slice(entry.count, UNITS_PER_RESULT)) {
		const li = document.createElement('li');
		const a = document.createElement('a');
		a.href = withHighlight(unit.url);
		a.textContent = unit.label;
		li.append(a, excerptElement(unit.excerpt));
		entry.list.append(li);
	}
	entry.count = Math.min(result.units.length, UNITS_PER_RESULT);
}

function render(results: ShownResult[]) {
	for (const result of results) {
		const item = document.createElement('li');
		const heading = document.createElement('h2');
		const link = document.createElement('a');
		link.href = result.url;
		link.textContent = result.title;
		heading.append(link);
		item.append(heading);
		if (result.document) {
			const doc = document.createElement('p');
			doc.className = 'search-result-document';
			doc.textContent = result.document;
			item.append(doc);
		}
		// A term page is one unit (its sections are not places worth listing); a document page lists
		// the units that hold its best matches.
		if (result.isTerm) item.append(excerptElement(result.units[0]!.excerpt));
		else {
			const subList = document.createElement('ul');
			unitLists.set(result, { list: subList, count: 0 });
			renderUnits(result);
			item.append(subList);
		}
		list.append(item);
	}
}

/** The reader's filter choice, from the checked boxes. */
function selection(): FacetSelection {
	const chosen: FacetSelection = {};
	for (const box of filterBoxes) if (box.checked) (chosen[box.name as keyof FacetSelection] ??= []).push(box.value);
	return chosen;
}

/** The panel's summary line: the chosen values' labels, or "all documents". */
function showChoice() {
	const labels = filterBoxes.filter((box) => box.checked).map((box) => box.parentElement!.querySelector('[data-label]')!.textContent);
	filterPanel.querySelector('[data-search-filters-summary]')!.textContent = labels.length ? labels.join(', ') : messages.filtersNone;
}

/** Each filter value's count of found pages (no count before a search); a value that would show none is disabled unless chosen. */
function showCounts(keys: Set<string> | undefined) {
	const counts = keys && facetCounts(keys, facetDocuments, selection());
	for (const box of filterBoxes) {
		const count = counts?.[box.name as (typeof FACETS)[number]].get(box.value) ?? 0;
		box.parentElement!.querySelector('[data-count]')!.textContent = counts ? String(count) : '';
		box.disabled = Boolean(counts) && count === 0 && !box.checked;
	}
}

/** The address of the current search: `?q=…` and the chosen filters, shareable. */
function syncAddress() {
	const url = new URL(location.href);
	url.search = '';
	if (input.value) url.searchParams.set('q', input.value);
	for (const box of filterBoxes) if (box.checked) url.searchParams.append(box.name, box.value);
	history.replaceState(null, '', url);
}

/** The filters' counts are worth their bytes once the reader opens the panel or has chosen a filter. */
const filtersWanted = () => filterPanel.open || filterBoxes.some((box) => box.checked);
/** The current query's results, once shown: what the counts count. */
let shownResults: Awaited<ReturnType<typeof find>> | undefined;
async function updateCounts() {
	const results = shownResults;
	const found = await results?.foundPages();
	if (results === shownResults) showCounts(found);
}

/**
 * When a query finds nothing: "Did you mean …" (the closest glossary name, search/suggestions.ts) as a
 * search link, and the closest glossary terms as links to their pages. The names come from the
 * glossary's previews (pages/[lang]/glossary/previews.json.ts), fetched only then.
 */
async function suggest(query: string, runNumber: number) {
	const previews: TermPreviews = await (await fetch(`${SITE_BASE}/${lang}/glossary/previews.json`)).json();
	if (runNumber !== current) return;
	const terms = Object.entries(previews.terms).map(([id, term]) => ({ id, names: Object.values(term.names).flat().filter((name): name is string => Boolean(name)) }));
	const lines: HTMLParagraphElement[] = [];
	const spelling = didYouMean(query, terms);
	if (spelling) {
		const link = document.createElement('a');
		const url = new URL(location.href);
		url.searchParams.set('q', spelling);
		link.href = url.pathname + url.search;
		link.textContent = spelling;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			input.value = spelling;
			syncAddress();
			void run(spelling);
		});
		const line = document.createElement('p');
		line.append(`${messages.didYouMean} `, link);
		lines.push(line);
	}
	const closest = closestTerms(spelling ?? query, terms);
	if (closest.length) {
		const line = document.createElement('p');
		line.append(`${messages.closestTerms} `);
		closest.forEach((id, i) => {
			const link = document.createElement('a');
			link.href = `${SITE_BASE}/${lang}/glossary/${id}/`;
			link.textContent = previews.terms[id]!.names[lang][0];
			line.append(...(i > 0 ? [', '] : []), link);
		});
		lines.push(line);
	}
	suggestions.replaceChildren(...lines);
	suggestions.hidden = lines.length === 0;
}

let current = 0;
async function run(query: string) {
	const run = ++current;
	shownResults = undefined;
	suggestions.hidden = true;
	suggestions.replaceChildren();
	list.replaceChildren();
	more.hidden = true;
	if (!query.trim()) {
		statusLine.textContent = '';
		showCounts(undefined);
		return;
	}
	if (!isSearchable(query)) {
		statusLine.textContent = messages.tooShort;
		showCounts(undefined);
		return;
	}
	statusLine.textContent = messages.loading;
	try {
		const results = await find(query, selection());
		let shown = 0;
		// One batch at a time: a second click on "More results" while one loads would take the same
		// units' offset and skip the batch after it.
		let loading: Promise<void> | undefined;
		const showNext = () => (loading ??= showBatch().finally(() => (loading = undefined)));
		const showBatch = async () => {
			// Fetch until a batch has something to show or nothing is left.
			let batch: ShownResult[] = [];
			while (batch.length === 0 && !results.done) batch = await results.next();
			if (run !== current) return;
			render(batch);
			for (const result of results.takeUpdated()) renderUnits(result);
			shown += batch.length;
			more.hidden = results.done;
			const count = results.done ? String(shown) : `${shown}+`;
			statusLine.textContent = shown ? fillPlaceholders(messages.results, { query, count }) : fillPlaceholders(messages.noResults, { query });
			if (!shown && results.done) void suggest(query, run);
		};
		more.onclick = () => void showNext();
		await showNext();
		shownResults = results;
		if (filtersWanted()) await updateCounts();
	} catch {
		statusLine.textContent = messages.unavailable;
	}
}

const params = new URLSearchParams(location.search);
const initialChoice = selectionFromParams(params);
for (const box of filterBoxes) box.checked = Boolean(initialChoice[box.name as keyof FacetSelection]?.includes(box.value));
showChoice();
input.value = params.get('q') ?? '';
void run(input.value);
form.addEventListener('submit', (event) => {
	event.preventDefault();
	syncAddress();
	void run(input.value);
});
filterPanel.addEventListener('toggle', () => {
	if (filterPanel.open) void updateCounts();
});
filterPanel.addEventListener('change', () => {
	showChoice();
	syncAddress();
	void run(input.value);
});
filterPanel.querySelector('[data-search-filters-clear]')!.addEventListener('click', () => {
	for (const box of filterBoxes) box.checked = false;
	showChoice();
	syncAddress();
	void run(input.value);
});

declare global {
	interface Window {
		/** The site's search as data, for tests: the first results' units in rank order, each its URL (with #id) and excerpt. */
		siteSearch(query: string, filters?: FacetSelection): Promise<{ url: string; excerpt: string }[]>;
	}
}
window.siteSearch = async (query, filters = {}) => {
	if (!isSearchable(query)) return [];
	const results = await find(query, filters);
	const shown: ShownResult[] = [];
	while (shown.length < BATCH && !results.done) shown.push(...(await results.next()));
	return shown.flatMap((result) => result.units.slice(0, result.isTerm ? 1 : UNITS_PER_RESULT).map((unit) => ({ url: unit.url, excerpt: unit.excerpt.map((part) => part.text).join(' ') })));
};
