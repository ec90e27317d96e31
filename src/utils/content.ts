import { getCollection, type CollectionEntry } from 'astro:content';
import { SOURCE_PAGE_SLUG } from './source-lines';

export type DocumentEntry = CollectionEntry<'documents'>;
export type PageEntry = CollectionEntry<'pages'>;

/** The document slug and page slug of a page entry, from its path: "{document}/{page}". */
export function pageSlugs(page: PageEntry): { document: string; page: string } {
	const [document, slug] = page.id.split('/');
	if (!document || !slug) throw new Error(`src/content/pages/${page.id}: page files must be at pages/{document}/{page}.mdx`);
	return { document, page: slug };
}

/** All documents, in home-page order. */
export async function getDocuments(): Promise<DocumentEntry[]> {
	const documents = await getCollection('documents');
	return documents.sort((a, b) => a.data.order - b.data.order);
}

/**
 * The documents on the site (`published: true`), in home-page order: the only ones with a landing
 * page, content pages, dataset downloads and sitemap entries (the home page lists the others as
 * forthcoming). Every route that builds a document's pages takes them from here, so that no route
 * builds what another leaves out. Fails the build when a published document has no pages.
 */
export async function getPublishedDocuments(): Promise<DocumentEntry[]> {
	const [documents, pagesByDocument] = await Promise.all([getDocuments(), getPagesByDocument()]);
	const published = documents.filter((d) => d.data.published);
	for (const document of published) {
		if (!pagesByDocument.get(document.data.slug)?.length) {
			throw new Error(`src/content/documents/${document.id}.yaml: published is true but src/content/pages/${document.id}/ has no pages`);
		}
	}
	return published;
}

/**
 * Pages grouped by document, each group in reading order. Fails the build when a page belongs to
 * no document, is named `source` (the route of the document's source text), or two pages of a
 * document share an order.
 */
export async function getPagesByDocument(): Promise<Map<string, PageEntry[]>> {
	const [documents, pages] = await Promise.all([getCollection('documents'), getCollection('pages')]);
	const known = new Set(documents.map((d) => d.data.slug));
	const byDocument = new Map<string, PageEntry[]>(documents.map((d) => [d.data.slug, []]));
	for (const page of pages) {
		const { document, page: slug } = pageSlugs(page);
		if (slug === SOURCE_PAGE_SLUG) {
			throw new Error(`src/content/pages/${page.id}.mdx: "${SOURCE_PAGE_SLUG}" is not a page name: /{lang}/${document}/${SOURCE_PAGE_SLUG}/ is the document's source text; rename the file`);
		}
		if (!known.has(document)) {
			throw new Error(`src/content/pages/${page.id}.mdx: no document "${document}" in src/content/documents/`);
		}
		byDocument.get(document)!.push(page);
	}
	for (const [slug, group] of byDocument) {
		group.sort((a, b) => a.data.order - b.data.order);
		group.forEach((page, i) => {
			const next = group[i + 1];
			if (next && next.data.order === page.data.order) {
				throw new Error(`src/content/pages/${next.id}.mdx: order ${page.data.order} is also used by ${page.id}.mdx in "${slug}"`);
			}
		});
	}
	return byDocument;
}

/** Document ids must match their file names, so that slugs cannot drift from files. */
export function assertDocumentSlug(entry: DocumentEntry) {
	if (entry.id !== entry.data.slug) {
		throw new Error(`src/content/documents/${entry.id}.yaml: slug "${entry.data.slug}" must equal the file name "${entry.id}"`);
	}
}
