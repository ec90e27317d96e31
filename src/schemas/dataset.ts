import { z } from 'astro/zod';
import { citationId, slug } from './ids';
import { trilingual } from './i18n';
import { lineRange } from './source-lines';

/**
 * A dataset: one numbered table or figure of a document, keyed from the source text
 * (`src/content/datasets/{document}/{id}.yaml`). The one source of truth for the HTML table, the
 * chart and the CSV/JSON downloads. Every number is kept as printed; the build checks that it occurs
 * in the source lines named by `sourceLines` (checks/provenance.ts, run when content loads by
 * loaders/datasets.ts) unless the cell says how it was derived.
 */

/** Trilingual note shown with a cell, row or dataset. */
const note = trilingual.describe('Editorial note in each language');

/**
 * One cell. A string is the cell as printed (artefacts fixed): in a number column, a number with the
 * source's own separators ("2 222 782", "9100,0", "-52") or a dash for "none" ("-"); in a text or
 * label column, the text verbatim. `null` is a cell the source leaves empty.
 * The object forms add a flag or a translation.
 */
const printedCell = z.string().min(1);
const flaggedCell = z.strictObject({
	printed: printedCell.describe('The cell as printed; whitespace stands for any whitespace, so a number wrapped over two lines is "5990,10 6"'),
	reads: printedCell.optional().describe('The number once an extraction artefact is undone ("5990,106" for the wrapped "5990,10 6"); the site shows this'),
	text: z.boolean().default(false).describe('Text printed in a number column ("в 2", i.e. "×2"): shown as printed, left out of charts'),
	lang: z.enum(['ru', 'en']).optional().describe('Language of printed text that is not Kazakh (a Russian label of a spreadsheet’s output)'),
	uncertain: note.optional().describe('Why the value is uncertain (garbled, misaligned, ambiguous in the source); shown with the cell'),
	sic: note.optional().describe('An error of the source kept as printed (a misspelt label, a wrong sum): what is wrong'),
});
const derivedCell = z.strictObject({
	derived: z.number().describe('A value the source does not print, computed by the editors'),
	formula: z
		.union([z.string().min(1), trilingual])
		.describe('How it was computed, in symbols and source numbers ("1788 + 1662 + 1566"); in three languages when it needs words ("sum of the 2014 column of Table 1.2.1")'),
	note: note.optional(),
});
const translatedCell = trilingual.describe('A label cell (a row header: district, indicator) with ru and en translations; kk as printed');
export const datasetCell = z.union([printedCell, flaggedCell, derivedCell, translatedCell, z.null()]);
export type DatasetCell = z.infer<typeof datasetCell>;

export const datasetColumn = z.strictObject({
	key: citationId.describe('Machine name of the column (CSV header, JSON key), e.g. "arrivals"'),
	label: trilingual.describe('Column header; kk as printed (the shredded headers of PDF tables re-joined)'),
	group: trilingual.optional().describe('Spanning header above this column (two-level headers), kk as printed; adjacent columns with the same group share one header cell'),
	type: z
		.enum(['label', 'text', 'number'])
		.describe('`label`: the row header (first column); `text`: prose cells; `number`: numbers as printed'),
	unit: trilingual.optional().describe('Unit of the numbers when it differs per column (the dataset’s `unit` otherwise)'),
	reconstructed: z.boolean().default(false).describe('The header is not in the source (lost in extraction) and was supplied by the editors'),
	lang: z.enum(['ru', 'en']).optional().describe('Language of the printed kk header when it is not Kazakh (e.g. "df", "SS" of a spreadsheet’s output)'),
});
export type DatasetColumn = z.infer<typeof datasetColumn>;

const dataRow = z.strictObject({
	cells: z.array(datasetCell).min(1).describe('One cell per column, in column order'),
	total: z.boolean().default(false).describe('A total or summary row (printed as such): shown in the table, left out of charts'),
	sourceLines: lineRange.optional().describe('The lines the row was keyed from, when known'),
	note: note.optional().describe('A note on the whole row (e.g. an internal inconsistency)'),
	statedAt: citationId
		.optional()
		.describe('Id of the paragraph on the same page whose sentence states the row’s values (data of a figure taken from running text); the table links to it'),
});
const sectionRow = z.strictObject({
	section: trilingual.describe('A heading row splitting the table into blocks (e.g. "2016 жыл"), kk as printed'),
});
export const datasetRow = z.union([dataRow, sectionRow]);
export type DatasetRow = z.infer<typeof datasetRow>;
export type DataRow = z.infer<typeof dataRow>;

/** How the dataset is drawn. Every dataset either has a chart or says why it has none. */
export const chartSpec = z.strictObject({
	type: z.enum(['bar', 'line', 'pie', 'doughnut']).describe('Chart type, chosen for the data (series over time: line; categories: bar; shares of a whole: pie). Series are drawn against categories; there are no X–Y scatter charts'),
	series: z.array(citationId).min(1).describe('Keys of the number columns to draw, one series each'),
	categories: citationId.optional().describe('Key of the column whose cells label the categories (default: the label column)'),
	section: z.number().int().nonnegative().optional().describe('Draw only the rows of this block (0-based index among `section` rows)'),
	rows: z
		.array(z.number().int().nonnegative())
		.min(1)
		.optional()
		.describe('Draw only these data rows (0-based, counting data rows only), e.g. the rows that share a unit'),
	transpose: z.boolean().default(false).describe('Draw one series per row and one category per column (e.g. years as columns)'),
	horizontal: z.boolean().default(false).describe('Bars run horizontally (long category labels)'),
	stacked: z.boolean().default(false),
	title: trilingual.optional().describe('What the chart shows, when it draws only part of the table'),
});
export type ChartSpec = z.infer<typeof chartSpec>;

export const datasetSchema = z
	.strictObject({
		kind: z.enum(['table', 'figure']).describe('A numbered table of the source, or the data of a numbered figure'),
		page: slug.describe('Slug of the document page that shows it (with <Dataset id="…" /> in its MDX)'),
		label: z.string().min(1).describe('The number as printed, verbatim: "Кесте – 1", "4 кесте", "1 сурет"'),
		number: z.string().min(1).describe('The number alone, for references and lists: "1", "2.1.1"'),
		caption: trilingual.describe('Caption; kk verbatim'),
		captionLang: z.enum(['ru', 'en']).optional().describe('Language of the printed caption when the source prints it in another language than Kazakh (caption.kk is then that text, verbatim)'),
		unit: trilingual.optional().describe('Unit of all number columns, e.g. "адам / человек / persons"'),
		source: trilingual.optional().describe('The source line under the table ("Дереккөз", "Ескерту: …"); kk verbatim'),
		sourceLines: z
			.array(lineRange)
			.min(1)
			.describe('Provenance: the seed-file lines the dataset was keyed from (caption to source note). Every printed number must occur there'),
		fromProse: z
			.boolean()
			.default(false)
			.describe('The values are stated in running text (a figure whose sentences give its data): the text stays where it is and the dataset repeats its numbers, so `sourceLines` serve the provenance check only and are not compared word for word as a table'),
		derivedFrom: z
			.string()
			.regex(/^(table|figure)-[a-z0-9]+(-[a-z0-9]+)*$/)
			.optional()
			.describe('Id of the dataset (same document: a printed table, or another figure’s data) this figure’s series is taken or computed from; `sourceLines` then include that dataset’s lines for the provenance check, and the dataset is not compared word for word as a block'),
		decimalSeparator: z.enum([',', '.']).default(',').describe('The source’s decimal separator in this table'),
		columns: z.array(datasetColumn).min(1),
		rows: z.array(datasetRow).min(1),
		notes: z.array(note).default([]).describe('Editorial notes on the dataset (inconsistencies, how it was keyed), shown under the table'),
		partial: note.optional().describe('Set when the data are incomplete (a figure whose text gives only some values): what is missing'),
		chart: chartSpec.optional(),
		noChart: note.optional().describe('Why there is no chart (text table, duplicate of another table, a single number)'),
	})
	.superRefine((dataset, ctx) => {
		if (!dataset.chart === !dataset.noChart) {
			ctx.addIssue({ code: 'custom', path: ['chart'], message: 'give exactly one of `chart` (how to draw the data) or `noChart` (why there is no chart)' });
		}
		const keys = dataset.columns.map((c) => c.key);
		const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
		if (duplicate) ctx.addIssue({ code: 'custom', path: ['columns'], message: `column key "${duplicate}" is used twice` });
		dataset.rows.forEach((row, i) => {
			if ('cells' in row && row.cells.length !== dataset.columns.length) {
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells'], message: `row ${i + 1} has ${row.cells.length} cells for ${dataset.columns.length} columns` });
			}
		});
		const chart = dataset.chart;
		const dataRows = dataset.rows.filter((r) => 'cells' in r).length;
		for (const index of chart?.rows ?? []) {
			if (index >= dataRows) ctx.addIssue({ code: 'custom', path: ['chart', 'rows'], message: `chart row ${index} does not exist (the table has ${dataRows} data rows, counted from 0)` });
		}
		if (chart) {
			for (const key of [...chart.series, ...(chart.categories ? [chart.categories] : [])]) {
				const column = dataset.columns.find((c) => c.key === key);
				if (!column) ctx.addIssue({ code: 'custom', path: ['chart'], message: `chart names the column "${key}", which does not exist` });
				else if (chart.series.includes(key) && column.type !== 'number') ctx.addIssue({ code: 'custom', path: ['chart', 'series'], message: `chart series "${key}" is not a number column` });
			}
		}
	});
export type DatasetData = z.infer<typeof datasetSchema>;

/** Dataset ids: `table-N`, `figure-N` (from the source's numbering). */
export const DATASET_ID = /^(table|figure)-[a-z0-9]+(-[a-z0-9]+)*$/;
