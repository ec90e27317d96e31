import { z } from 'astro/zod';
import { citationId, slug } from './ids';
import { trilingual } from './i18n';

/** A place in a document where a glossary term is defined or used; checked by the link checker. */
const occurrence = z.strictObject({
	document: slug.describe('Document slug, e.g. concept-2000'),
	page: slug.describe('Page slug within the document'),
	id: citationId.describe('Citation id of the point or section'),
	defines: z.boolean().default(false).describe('true where the document itself defines the term'),
});

/**
 * One glossary entry (src/content/glossary/{id}.yaml). The file name is the entry's id and anchor:
 * /{lang}/glossary/#{id} — part of the citation contract.
 */
export const glossarySchema = z.strictObject({
	term: trilingual.describe('The term: kk as the documents write it; ru/en equivalents'),
	definition: trilingual.optional().describe('The source’s own definition: kk verbatim, ru/en the site’s unofficial translation'),
	note: trilingual.describe('The site’s own short explanation of the term as the documents use it'),
	occurrences: z.array(occurrence).min(1).describe('Where the term is defined or used, first the defining place'),
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
