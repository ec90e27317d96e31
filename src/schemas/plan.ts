import { z } from 'astro/zod';
import { lineRange } from './source-lines';
import { citationId, slug } from './ids';
import { trilingual } from './i18n';

/** First and last line of the seed file a part was keyed from; the build checks the words against them. */
const sourceLines = lineRange.describe('First and last line of the seed file');

/**
 * An item's four cells in Russian or English: the site's own translation of the Kazakh cells, with
 * every number kept (utils/plans.ts checks) and the body abbreviations as printed (КДА, ІІМ…), which the
 * plan's key expands in the reader's language.
 */
const translatedCells = z.strictObject({
	measure: z.string().min(1),
	form: z.string().min(1),
	responsible: z.string().min(1).describe('The Kazakh abbreviations as printed; the other words translated'),
	deadline: z.string().min(1),
});

/** A plan item as printed: four cells, verbatim (extraction artefacts fixed). */
const activeItem = z.strictObject({
	id: citationId.describe('Citation id, plan-X-Y-Z from the printed number'),
	number: z.string().regex(/^\d+\.\d+\.\d+\.?$/).describe('Item number as printed, e.g. "1.1.1."'),
	sourceLines,
	measure: z.string().min(1).describe('Column 1, Іс-шара: the measure'),
	form: z.string().min(1).describe('Column 2, Аяқтау нысаны: the form of completion'),
	formIsDitto: z
		.boolean()
		.default(false)
		.describe('The source prints the ditto mark "-//-" here; `form` is then the value above it, resolved by the editors'),
	responsible: z.string().min(1).describe('Column 3, Орындалуына жауаптылар: verbatim; abbreviations must be in `abbreviations`'),
	deadline: z.string().min(1).describe('Column 4, Орындау мерзімі: verbatim'),
	ru: translatedCells.optional().describe('The cells in Russian (all items or none)'),
	en: translatedCells.optional().describe('The cells in English (all items or none)'),
});

/** A plan item later deleted: kept as a stub so that citations to it still resolve. */
const deletedItem = z.strictObject({
	id: citationId,
	number: z.string().regex(/^\d+\.\d+\.\d+\.?$/),
	sourceLines,
	deleted: z.strictObject({
		text: z.string().min(1).describe('The source’s deletion note, verbatim'),
		ru: z.string().min(1).optional().describe('The note in Russian (with the items’ `ru` cells)'),
		en: z.string().min(1).optional().describe('The note in English (with the items’ `en` cells)'),
		amendment: z.string().describe('Number of the amending act, one of the document’s `act.amendments`'),
	}),
});

/**
 * An action plan printed as a table in a legal act (`src/content/plans/{document}.yaml`): groups of
 * numbered items, each a row of four cells, plus an editorial key to the abbreviations used.
 * Rendered by components/content/ActionPlan.astro on the page `page` of the document named by the file.
 */
export const planSchema = z.strictObject({
	page: slug.describe('Slug of the document page that shows the plan'),
	sourceLines: sourceLines.describe('The whole table in the seed file'),
	header: z.strictObject({
		sourceLines: sourceLines.describe('Header rows (column names and numbers)'),
		columns: z
			.strictObject({ measure: trilingual, form: trilingual, responsible: trilingual, deadline: trilingual })
			.describe('Column headers; kk verbatim'),
	}),
	groups: z
		.array(
			z.strictObject({
				id: citationId.describe('plan-X-Y from the printed group number'),
				number: z.string().regex(/^\d+\.\d+\.?$/).describe('Group number as printed, e.g. "1.1."'),
				title: trilingual.describe('Group title; kk verbatim'),
				sourceLines,
				items: z.array(z.union([activeItem, deletedItem])).min(1),
			}),
		)
		.min(1),
	abbreviations: z
		.array(
			z.strictObject({
				abbr: z.string().min(1).describe('As printed, e.g. КДА'),
				id: citationId.describe('Anchor of its entry in the key, e.g. abbr-kda'),
				expansion: trilingual.describe('Full name of the body'),
				basis: z
					.enum(['named', 'inferred'])
					.describe('`named`: the source names the body in full (at `sourceLine`) but never defines the abbreviation; `inferred`: the editors’ reading, not stated in the source'),
				sourceLine: z.number().int().positive().optional().describe('Where the source names the body in full'),
				note: trilingual.optional().describe('Caveat on the expansion'),
			}),
		)
		.describe('Editorial key to the abbreviations in the table'),
});
export type PlanData = z.infer<typeof planSchema>;
export type PlanItem = PlanData['groups'][number]['items'][number];
