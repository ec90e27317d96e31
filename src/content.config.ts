import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { pageSchema } from './schemas/page';
import { translationSchema } from './schemas/translation';
import { glossarySchema } from './schemas/glossary';
import { planSchema } from './schemas/plan';
import { datasetSchema } from './schemas/dataset';
import { figureSchema } from './schemas/figure';
import { datasetsLoader } from './loaders/datasets';

/** One YAML file per document: its metadata (src/content/documents/{slug}.yaml). */
const documents = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './src/content/documents' }),
	schema: documentSchema,
});

/** One MDX file per content page, in the source language: src/content/pages/{document}/{page}.mdx. */
const pages = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
	schema: pageSchema,
});

/**
 * A page's Russian or English text, or, until it is written, its headings: one MDX file per page and
 * language, src/content/translations/{lang}/{document}/{page}.mdx (entry id "{lang}/{document}/{page}"),
 * mirroring the Kazakh page's ids (see ARCHITECTURE.md, "Translations").
 */
const translations = defineCollection({
	loader: glob({ pattern: '*/*/*.mdx', base: './src/content/translations' }),
	schema: translationSchema,
});

/** One YAML file per glossary term: src/content/glossary/{id}.yaml. */
const glossary = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }),
	schema: glossarySchema,
});

/** Action plans printed as tables in legal acts, one YAML file per document: src/content/plans/{document}.yaml. */
const plans = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './src/content/plans' }),
	schema: planSchema,
});

/**
 * Numbered tables and figure data, one YAML file each: src/content/datasets/{document}/{id}.yaml
 * (entry id "{document}/{id}"). Rendered by <Dataset id="…" />, downloadable from /data/{document}/{id}.csv|.json.
 * Its loader also checks every number against the source text (provenance).
 */
const datasets = defineCollection({
	loader: datasetsLoader(),
	schema: datasetSchema,
});

/**
 * Numbered figures whose data the source text does not give, one YAML file each:
 * src/content/figures/{document}/{id}.yaml (entry id "{document}/{id}"). Rendered by <Figure id="…" />.
 */
const figures = defineCollection({
	loader: glob({ pattern: '*/*.yaml', base: './src/content/figures' }),
	schema: figureSchema,
});

export const collections = { documents, pages, translations, glossary, plans, datasets, figures };
