/**
 * The search filters ("facets"): document, document type and year. Shared by the build, which gives
 * every indexed page and every Kazakh unit record its facet values as Pagefind filters
 * (components/SearchFacets.astro, search/unit-records.ts), and the search page, which counts the
 * pages a query found per value and passes the reader's choice to Pagefind (client/search.ts).
 *
 * Values are ids, the same in every language (`profile-2014-2019`, `report`, `2014–2019`), so that a
 * filtered search's address (`?q=…&document=…`) is shareable across languages; labels come from the
 * dictionaries and the documents' collection.
 */

export const FACETS = ['document', 'type', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** A page's facet values (a glossary term has no year). */
export type FacetValues = Partial<Record<Facet, string>>;

/** The filter that names a search result's page, so results of two indexes can be counted as pages. */
export const PAGE_FILTER = 'page';

/** The glossary's terms count as their own "document" and "type". */
export const GLOSSARY = 'glossary';

/** What the facets need to know of a document: its kind (the `type` facet) and year. */
export interface FacetDocument {
	kind: string;
	year: string;
}

/**
 * A page's key: its path below the language, without slashes at either end —
 * `profile-2014-2019/section-1-2`, `profile-2014-2019` (a landing page), `glossary/oralman`.
 * The first segment is the document's id (or `glossary`).
 */
export function pageKey(pathBelowLang: string): string {
	return pathBelowLang.replace(/^\/+|\/+$/g, '');
}

/** A page's facet values, from its key. A key whose first segment is no known document has none. */
export function pageFacets(key: string, documents: Record<string, FacetDocument>): FacetValues {
	const first = key.split('/')[0]!;
	if (first === GLOSSARY) return { document: GLOSSARY, type: GLOSSARY };
	const doc = documents[first];
	return doc ? { document: first, type: doc.kind, year: doc.year } : {};
}

/** The values a reader has chosen, per facet (values of one facet are alternatives; facets combine). */
export type FacetSelection = Partial<Record<Facet, string[]>>;

function matches(values: FacetValues, selection: FacetSelection, except?: Facet): boolean {
	return FACETS.every((facet) => facet === except || !selection[facet]?.length || selection[facet]!.includes(values[facet] ?? ''));
}

/**
 * How many of the found pages each facet value would show: for each facet, the pages that match the
 * reader's choice in the OTHER facets, counted by their value in this one (so choosing a document
 * does not zero the other documents' counts, and choosing a type narrows the documents' counts).
 */
export function facetCounts(keys: Iterable<string>, documents: Record<string, FacetDocument>, selection: FacetSelection): Record<Facet, Map<string, number>> {
	const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
	for (const key of keys) {
		const values = pageFacets(key, documents);
		for (const facet of FACETS) {
			const value = values[facet];
			if (value === undefined || !matches(values, selection, facet)) continue;
			counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
		}
	}
	return counts;
}

/** How many found pages the whole choice shows. */
export function selectedCount(keys: Iterable<string>, documents: Record<string, FacetDocument>, selection: FacetSelection): number {
	let count = 0;
	for (const key of keys) if (matches(pageFacets(key, documents), selection)) count++;
	return count;
}

/** The reader's choice as Pagefind's `filters` search option (facets without a choice left out). */
export function pagefindFilters(selection: FacetSelection): Record<string, { any: string[] }> {
	return Object.fromEntries(FACETS.filter((facet) => selection[facet]?.length).map((facet) => [facet, { any: selection[facet]! }]));
}

/** The choice read from a search address's parameters (`?document=a&document=b&type=report`). */
export function selectionFromParams(params: URLSearchParams): FacetSelection {
	return Object.fromEntries(FACETS.map((facet) => [facet, params.getAll(facet).filter(Boolean)]).filter(([, values]) => values!.length > 0));
}
