import { z } from 'astro/zod';
import { citationId, slug } from './ids';
import { trilingual, LANGS } from './i18n';
import { lineRange } from './source-lines';

/** A legal act cited as the basis of another, or amending it. */
const actReference = z.strictObject({
	number: z.string().describe('The act’s number as printed, e.g. "327"'),
	date: z.coerce.date().describe('Date of adoption'),
	title: trilingual.optional().describe('Title of the act, verbatim in kk'),
	url: z.url().optional().describe('Official page (adilet.zan.kz)'),
});

/** Metadata of a legal act (resolution, decree…). */
const legalAct = z.strictObject({
	type: trilingual.describe('Kind of act, e.g. “Resolution of the Government of the Republic of Kazakhstan”'),
	number: z.string().describe('Number as printed, e.g. "1346"'),
	date: z.coerce.date().describe('Date of adoption'),
	issuer: trilingual.describe('Issuing body'),
	citedAs: trilingual.describe('The act’s designation in citations, grammatical in each language, e.g. “постановление Правительства Республики Казахстан от 29 октября 2001 года № 1371”'),
	basis: z.array(actReference).default([]).describe('Acts this act was adopted under'),
	status: z
		.enum(['in-force', 'repealed', 'unknown'])
		.describe('Legal status as the official register shows it; `unknown` when the source does not say and it was not verified'),
	statusNote: trilingual.describe('One sentence on the status and how it is known'),
	repealedBy: actReference.optional().describe('The act that repealed this one (required when status is `repealed`)'),
	amendments: z
		.array(
			actReference.extend({
				effect: trilingual.describe('What the amending act changed here, e.g. “plan item 1.1.6 deleted”'),
				places: z
					.array(z.strictObject({ page: slug, id: citationId }))
					.min(1)
					.describe('Where the change shows on this site: page slug and citation id of the annotated place'),
			}),
		)
		.default([])
		.describe('Amendment history, oldest first, as the source’s own notes record it'),
}).refine((act) => act.status !== 'repealed' || act.repealedBy, {
	message: 'A repealed act needs `repealedBy` (number and date of the repealing act)',
	path: ['repealedBy'],
});

/** Fields shared by every document kind. */
const common = {
	slug: slug.describe('URL slug: /{lang}/{slug}/ — a public contract, never changes'),
	seedFile: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).describe('Raw source text in sources/'),
	order: z.number().int().positive().describe('Position on the home page'),
	year: z.string().regex(/^\d{4}(–\d{4})?$/).describe('Year or period, for lists'),
	title: trilingual.describe('Full title; kk verbatim from the source'),
	shortTitle: trilingual.describe('Short title for navigation and breadcrumbs'),
	titleNote: trilingual
		.optional()
		.describe('Set when the title is not the source’s own (e.g. its title page was lost and the editors supplied one): says so under the title'),
	summary: trilingual.describe('Two to four sentences: what the document is and does'),
	published: z.boolean().describe('false while the text is not yet on the site (the home page lists it as forthcoming)'),
	source: z
		.strictObject({
			origin: trilingual.describe('Where the source text comes from'),
			editors: z.array(z.string()).default([]).describe('Editors named in the source footer, verbatim'),
			editorsLabel: z.string().optional().describe('The footer’s own label for the editors, verbatim'),
			copyright: z.string().optional().describe('The footer’s copyright line, verbatim'),
			omitted: z
				.array(
					z.strictObject({
						lines: z
							.union([lineRange, z.array(lineRange).min(1)])
							.transform((lines) => (typeof lines[0] === 'number' ? [lines as [number, number]] : (lines as [number, number][])))
							.describe('The seed-file lines left out: one range [first, last], or a list of ranges for furniture of one kind scattered through the text (link dumps after each page’s footnotes)'),
						reason: trilingual.describe('What the lines are and why this edition leaves them out'),
					}),
				)
				.default([])
				.describe('Page furniture this edition leaves out (a stale table of contents, page numbers, dumps of link targets, a paragraph printed twice): listed on the landing page and left out of the fidelity measure'),
		})
		.describe('Provenance shown on the landing page'),
};

const people = z.array(z.strictObject({ name: trilingual, affiliation: trilingual.optional() }));

/**
 * A document of the corpus. A tagged union on `kind`, so each kind carries exactly its own fields
 * (an act has a number and an issuer; a thesis has authors and an institution).
 */
export const documentSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('legal-act'), ...common, act: legalAct }),
	z.strictObject({
		kind: z.literal('report'),
		...common,
		publisher: trilingual,
		authors: people,
	}),
	z.strictObject({
		kind: z.literal('article'),
		...common,
		authors: people,
		journal: trilingual.optional(),
	}),
	z.strictObject({
		kind: z.literal('thesis'),
		...common,
		authors: people,
		institution: trilingual.optional(),
	}),
]);
export type DocumentData = z.infer<typeof documentSchema>;
export const DOCUMENT_KINDS = ['legal-act', 'report', 'article', 'thesis'] as const;

/** Reuse for documents' page anchors. */
export { citationId };
