import { z } from 'astro/zod';

/**
 * A citation id: ASCII, lower case, derived from the document's own numbering
 * (`s-1-2`, `p-2`, `plan-1-1-5`, `table-1-2-1`, `fn-42`…). Ids are a public contract:
 * once shipped they never change.
 */
export const CITATION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const citationId = z.string().regex(CITATION_ID, 'ids are lower-case ASCII words joined by "-", e.g. s-3-transitional-4');

/** URL slug of a document or page: same rule as ids. */
export const slug = citationId;
