import { z } from 'astro/zod';

/** A range of seed-file lines, [first, last] (1-based, inclusive): the unit of provenance in every schema. */
export const lineRange = z
	.tuple([z.number().int().positive(), z.number().int().positive()])
	.refine(([first, last]) => first <= last, 'a line range’s first line must not come after its last');
