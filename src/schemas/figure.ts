import { z } from 'astro/zod';
import { slug } from './ids';
import { trilingual } from './i18n';
import { lineRange } from './source-lines';

const note = trilingual.describe('Editorial note in each language');

/**
 * A numbered figure whose data the source text does not give: src/content/figures/{document}/{id}.yaml.
 * Shown by <Figure id="figure-1-1-5" /> (number, caption, source line and the notice that the text
 * lacks the data) and listed in the document's list of figures. Figures whose values the text gives are
 * datasets (schemas/dataset.ts) instead.
 */
export const figureSchema = z
	.strictObject({
		page: slug.describe('Slug of the document page that shows it (with <Figure id="…" /> in its MDX)'),
		label: z.string().min(1).describe('The number as printed, verbatim: "1.1.5-сурет."'),
		number: z.string().min(1).describe('The number alone, for references and lists: "1.1.5"'),
		caption: trilingual.optional().describe('Caption; kk verbatim. Omitted when the source prints none (then `notes` say so)'),
		captionLang: z.enum(['ru', 'en']).optional().describe('Language of the printed label and caption when not Kazakh'),
		source: trilingual.optional().describe('The «Дереккөз» line under the figure, kk verbatim; omitted when the source prints none'),
		sourceLines: z.array(lineRange).min(1).describe('Seed-file lines of the caption and source line (or of the reference, for a figure without a caption)'),
		notes: z.array(note).default([]).describe('Editorial notes (no caption or source line in the source, …), shown under the figure'),
	})
	.superRefine((figure, ctx) => {
		if (!figure.caption && figure.notes.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['caption'], message: 'a figure without a caption needs a note saying the source prints none' });
		}
	});
export type FigureData = z.infer<typeof figureSchema>;
