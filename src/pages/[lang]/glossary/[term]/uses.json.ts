import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary } from '../../../../utils/glossary';
import { glossaryOccurrences, type TermOccurrence } from '../../../../utils/glossary-occurrences';
import { localePath } from '../../../../utils/routes';

/**
 * /kk/glossary/{id}/uses.json: a few places the Kazakh documents use a glossary term, for the Kazakh
 * site's search. A Russian or English word typed there («беженцы», "readmission") finds the term
 * through its names; the search page then fetches this (about 1 KiB) and lists these places after the
 * term, so the reader meets the Kazakh passages through the term's Kazakh forms without a second search
 * (client/search.ts). The places are the build-time linker's (utils/glossary-occurrences.ts): the first
 * in each document, then the second in each, and so on, MAX_USES in all. Kazakh only: the units' index,
 * which finds a term by its foreign names, is the Kazakh site's.
 */
const MAX_USES = 5;

export interface TermUse {
	/** The citable unit's URL (its page with `#id`). */
	url: string;
	/** The unit's id ('' when the term is before any id on its page). */
	id: string;
	/** The page's title and the document's short title, as a search result shows them. */
	title: string;
	document: string;
	/** The words around the term in the unit, and the term as written there. */
	before: string;
	match: string;
	after: string;
}

export const getStaticPaths = (async () => (await getGlossary()).map((entry) => ({ params: { lang: 'kk', term: entry.id } }))) satisfies GetStaticPaths;

/** Round robin over the documents, in document order: each document's first use, then its second… */
function spread(occurrences: TermOccurrence[]): TermOccurrence[] {
	const byDocument = new Map<string, TermOccurrence[]>();
	for (const o of occurrences) byDocument.set(o.document.data.slug, [...(byDocument.get(o.document.data.slug) ?? []), o]);
	const queues = [...byDocument.values()];
	const picked: TermOccurrence[] = [];
	for (let round = 0; picked.length < MAX_USES && queues.some((q) => q.length > round); round++) {
		for (const queue of queues) if (queue[round] && picked.length < MAX_USES) picked.push(queue[round]!);
	}
	return picked;
}

export const GET: APIRoute = async ({ params }) => {
	const occurrences = (await glossaryOccurrences('kk')).get(params.term!) ?? [];
	const uses: TermUse[] = spread(occurrences).map((o) => ({
		url: `${localePath('kk', `${o.document.data.slug}/${o.pageSlug}`)}${o.unit ? `#${o.unit}` : ''}`,
		id: o.unit ?? '',
		title: o.page.data.title.kk,
		document: o.document.data.shortTitle.kk,
		before: o.before,
		match: o.match,
		after: o.after,
	}));
	return new Response(JSON.stringify({ term: params.term, uses }), { headers: { 'Content-Type': 'application/json' } });
};
