import { beforeEach, describe, expect, test, vi } from 'vitest';

/** The collections getCollection() returns, set per test (astro:content exists only inside Astro). */
const collections: Record<string, unknown[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const { getPublishedDocuments } = await import('../../src/utils/content');

const document = (slug: string, order: number, published: boolean) => ({ id: slug, data: { slug, order, published } });
const page = (id: string, order: number) => ({ id, data: { order } });

describe('getPublishedDocuments: the documents every document route builds', () => {
	beforeEach(() => {
		collections.documents = [document('thesis', 3, true), document('draft', 1, false), document('act', 2, true)];
		collections.pages = [page('thesis/chapter-1', 1), page('draft/section-1', 1), page('act/section-1', 1)];
	});

	test('leaves out a document whose YAML says published: false, though it has pages; keeps home-page order', async () => {
		expect((await getPublishedDocuments()).map((d) => d.id)).toEqual(['act', 'thesis']);
	});

	test('fails, naming the file, when a published document has no pages', async () => {
		collections.pages = [page('thesis/chapter-1', 1)];
		await expect(getPublishedDocuments()).rejects.toThrow('src/content/documents/act.yaml: published is true but src/content/pages/act/ has no pages');
	});
});
