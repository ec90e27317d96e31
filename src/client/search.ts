/**
 * The search page's client: runs the query in ?q= against Pagefind (loaded from /pagefind/ at run
 * time; the bundle is generated after `astro build`) and renders results with the page's own words.
 * Each result lists the citable units that hold its matches (src/search/result-units.ts), each a link
 * to the unit with its number or heading; matches that are only Pagefind's fallback to a short prefix
 * are dropped, and a page left with none is no result. Results load ten at a time ("More results").
 * `window.siteSearch(query)` gives tests the same results as data.
 */
import { fillPlaceholders } from '../dictionaries/fill';
import { excerptAt, queryWords, unitHits, MIN_MATCH_LETTERS, type PagefindData, type UnitHit } from '../search/result-units';
import { pinpointLabel } from '../utils/citation/pinpoint';
import type { Lang } from '../schemas/i18n';

interface PagefindResult extends PagefindData {
	excerpt: string;
	/** `term` and `abbr`: set by a glossary term's page (pages/[lang]/glossary/[term].astro). */
	meta: { title?: string; document?: string; term?: string; abbr?: string };
}
interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}
/** A result as shown: the page and its units with matches, best first. */
interface ShownResult {
	data: PagefindResult;
	units: UnitHit[];
}

/** How many results are fetched and shown at a time. */
const BATCH = 10;
/** How many units of one result are listed under it. */
const UNITS_PER_RESULT = 3;

const lang = document.documentElement.lang as Lang;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const messages: Record<'loading' | 'noResults' | 'results' | 'unavailable' | 'tooShort', string> = JSON.parse(list.dataset.messages!);

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	// A variable path keeps the bundler from resolving a file that exists only after the build. Under a
	// base path, Pagefind takes the base of its result URLs from where pagefind.js was loaded.
	// Not utils/routes.ts's sitePath: its `import.meta.env?.` (safe outside Vite) is not replaced in browser code.
	const path = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/pagefind/pagefind.js`;
	pagefind ??= import(/* @vite-ignore */ path);
	return pagefind;
}

/**
 * Whether a query has something to search for: a word of at least three letters, or a whole
 * abbreviation (two capitals: ТМД, ЕО) or a number. Shorter words alone would match only prefixes.
 */
function isSearchable(query: string): boolean {
	return query.split(/\s+/).some((word) => word.length >= MIN_MATCH_LETTERS || /^\p{Lu}{2,}$/u.test(word) || /^\d+$/.test(word));
}

/**
 * The results of a query, fetched a batch at a time: `next()` gives the next results that hold real
 * matches (a batch with none gives an empty list), `done` whether any are left.
 */
async function find(query: string) {
	const engine = await loadPagefind();
	const search = await engine.search(query);
	const words = queryWords(query);
	// A glossary term whose headword or abbreviation is the query comes first (Pagefind ranks by how
	// often the words occur, so a page that uses "беженец" throughout would outrank the term "беженец").
	const asked = query.trim().toLocaleLowerCase();
	const isExactTerm = (r: PagefindResult) => [r.meta.term, r.meta.abbr].some((name) => name?.toLocaleLowerCase() === asked);
	let offset = 0;
	return {
		total: search.results.length,
		get done() {
			return offset >= search.results.length;
		},
		async next(): Promise<ShownResult[]> {
			const batch = await Promise.all(search.results.slice(offset, offset + BATCH).map((r) => r.data()));
			offset += BATCH;
			if (offset === BATCH) batch.sort((a, b) => Number(isExactTerm(b)) - Number(isExactTerm(a)));
			return batch.map((data) => ({ data, units: unitHits(data, words) })).filter((result) => result.units.length > 0);
		},
	};
}

/** A unit's name in a result: its number ("п. 2", "разд. 3.1, абз. 2"), or its heading, or its first words. */
function unitLabel(result: PagefindResult, unit: UnitHit): string {
	if (!unit.id) return result.meta.title ?? result.url;
	const anchorText = (id: string) => result.anchors.find((a) => a.id === id)?.text.replace(/#\s*$|^#\s*/g, '').trim();
	const isHeading = (id: string) => /^h[1-6]$/.test(result.anchors.find((a) => a.id === id)?.element ?? '');
	const label = pinpointLabel(unit.id, lang, (id) => (isHeading(id) ? anchorText(id) : undefined));
	if (!label.startsWith('#')) return label;
	const words = (anchorText(unit.id) ?? '').split(/\s+/);
	return words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ') || label;
}

const unitUrl = (result: PagefindResult, unit: UnitHit) => (unit.id && unit.element !== 'h1' && !result.meta.term ? `${result.url}#${unit.id}` : result.url);

function excerptElement(result: PagefindResult, unit: UnitHit, words: string[]): HTMLParagraphElement {
	const p = document.createElement('p');
	for (const [i, part] of excerptAt(result, unit, words).entries()) {
		if (i > 0) p.append(' ');
		if (part.mark) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			p.append(mark);
		} else p.append(part.text);
	}
	return p;
}

function render(results: ShownResult[], words: string[]) {
	for (const { data, units } of results) {
		const item = document.createElement('li');
		const heading = document.createElement('h2');
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		heading.append(link);
		item.append(heading);
		if (data.meta.document) {
			const doc = document.createElement('p');
			doc.className = 'search-result-document';
			doc.textContent = data.meta.document;
			item.append(doc);
		}
		// A term page is one unit (its sections are not places worth listing); a document page lists
		// the units that hold its best matches.
		if (data.meta.term) item.append(excerptElement(data, units[0]!, words));
		else {
			const subList = document.createElement('ul');
			for (const unit of units.slice(0, UNITS_PER_RESULT)) {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = unitUrl(data, unit);
				a.textContent = unitLabel(data, unit);
				li.append(a, excerptElement(data, unit, words));
				subList.append(li);
			}
			item.append(subList);
		}
		list.append(item);
	}
}

let current = 0;
async function run(query: string) {
	const run = ++current;
	list.replaceChildren();
	more.hidden = true;
	if (!query.trim()) {
		statusLine.textContent = '';
		return;
	}
	if (!isSearchable(query)) {
		statusLine.textContent = messages.tooShort;
		return;
	}
	statusLine.textContent = messages.loading;
	try {
		const results = await find(query);
		const words = queryWords(query);
		let shown = 0;
		const showNext = async () => {
			// Fetch until a batch has something to show or nothing is left.
			let batch: ShownResult[] = [];
			while (batch.length === 0 && !results.done) batch = await results.next();
			if (run !== current) return;
			render(batch, words);
			shown += batch.length;
			more.hidden = results.done;
			const count = results.done ? String(shown) : `${shown}+`;
			statusLine.textContent = shown ? fillPlaceholders(messages.results, { query, count }) : fillPlaceholders(messages.noResults, { query });
		};
		more.onclick = () => void showNext();
		await showNext();
	} catch {
		statusLine.textContent = messages.unavailable;
	}
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial);
form.addEventListener('submit', (event) => {
	event.preventDefault();
	const url = new URL(location.href);
	url.searchParams.set('q', input.value);
	history.replaceState(null, '', url);
	void run(input.value);
});

declare global {
	interface Window {
		/** The site's search as data, for tests: the first results' units in rank order, each its URL (with #id) and excerpt. */
		siteSearch(query: string): Promise<{ url: string; excerpt: string }[]>;
	}
}
window.siteSearch = async (query) => {
	if (!isSearchable(query)) return [];
	const results = await find(query);
	const words = queryWords(query);
	const shown: ShownResult[] = [];
	while (shown.length < BATCH && !results.done) shown.push(...(await results.next()));
	return shown.flatMap(({ data, units }) =>
		(data.meta.term ? units.slice(0, 1) : units.slice(0, UNITS_PER_RESULT)).map((unit) => ({
			url: unitUrl(data, unit),
			excerpt: excerptAt(data, unit, words)
				.map((part) => part.text)
				.join(' '),
		})),
	);
};
