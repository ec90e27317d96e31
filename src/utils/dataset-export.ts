import { LANGS, type Lang, type Trilingual } from '../schemas/i18n';
import { cellText, type ResolvedCell, type ResolvedDataset } from './dataset-model';

/**
 * The downloadable forms of a dataset, generated at build time (pages/data/[document]/[file].ts):
 * - CSV, one per language: a header row of column labels, then the rows; numbers in machine form
 *   (no grouping, "." decimals), a printed dash ("none") and empty cells as empty fields. UTF-8 with
 *   a byte-order mark so that spreadsheet programs read the Cyrillic correctly.
 * - JSON: the whole dataset with its metadata, provenance and every cell's flags.
 */

const machine = (cell: ResolvedCell | undefined, lang: Lang): string => {
	if (!cell || cell.kind === 'empty') return '';
	if (cell.kind === 'text') return cellText(cell, lang);
	return cell.value === null ? '' : String(cell.value);
};

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function datasetCsv(dataset: ResolvedDataset, lang: Lang): string {
	const { data } = dataset;
	const withSection = dataset.sections.length > 0;
	const header = data.columns.map((c) => (c.group ? `${c.group[lang]}: ${c.label[lang]}` : c.label[lang]));
	const lines = [[...(withSection ? [''] : []), ...header]];
	for (const row of dataset.rows) {
		const section = withSection ? [row.section >= 0 ? dataset.sections[row.section]![lang] : ''] : [];
		lines.push([...section, ...row.cells.map((cell) => machine(cell, lang))]);
	}
	return `\uFEFF${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function cellJson(cell: ResolvedCell) {
	switch (cell.kind) {
		case 'empty':
			return null;
		case 'text':
			return { text: cell.text, ...(cell.sic && { sic: cell.sic }), ...(cell.uncertain && { uncertain: cell.uncertain }) };
		case 'number':
			return { value: cell.value, printed: cell.printed, ...(cell.percent && { percent: true }), ...(cell.sic && { sic: cell.sic }), ...(cell.uncertain && { uncertain: cell.uncertain }) };
		case 'derived':
			return { value: cell.value, derived: true, formula: cell.formula, ...(cell.note && { note: cell.note }) };
	}
}

export interface DatasetContext {
	document: string;
	id: string;
	/** The document's title and seed file, for provenance. */
	documentTitle: Trilingual;
	seedFile: string;
	/** Absolute URL of the dataset on its page, in each language. */
	urls: Record<Lang, string>;
}

export function datasetJson(dataset: ResolvedDataset, context: DatasetContext) {
	const { data } = dataset;
	return {
		id: context.id,
		document: { slug: context.document, title: context.documentTitle },
		kind: data.kind,
		label: data.label,
		number: data.number,
		caption: data.caption,
		...(data.captionLang && { captionLang: data.captionLang }),
		unit: data.unit ?? null,
		source: data.source ?? null,
		urls: context.urls,
		provenance: {
			seedFile: context.seedFile,
			sourceLines: data.sourceLines,
			...(data.derivedFrom && { derivedFrom: data.derivedFrom }),
			...(data.fromProse && { fromProse: true }),
			note: 'Numbers are keyed as printed in the source lines named here; the site checks that each printed number occurs there. Derived values are marked with their formula.',
		},
		columns: data.columns.map((c) => ({ key: c.key, label: c.label, ...(c.group && { group: c.group }), type: c.type, ...(c.unit && { unit: c.unit }), ...(c.reconstructed && { reconstructed: true }) })),
		sections: dataset.sections,
		rows: dataset.rows.map((row) => ({
			...(row.section >= 0 && { section: row.section }),
			...(row.total && { total: true }),
			...(row.note && { note: row.note }),
			...(row.statedAt && { statedAt: row.statedAt }),
			cells: Object.fromEntries(row.cells.map((cell, i) => [data.columns[i]!.key, cellJson(cell)])),
		})),
		notes: data.notes,
		partial: data.partial ?? null,
		chart: data.chart ? { type: data.chart.type, series: data.chart.series } : null,
		noChart: data.noChart ?? null,
		languages: LANGS,
		notice: 'Unofficial reference edition. Captions and labels in ru and en are this site’s own translations; the Kazakh text is the source.',
	};
}
