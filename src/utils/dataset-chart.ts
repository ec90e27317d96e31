import type { Lang } from '../schemas/i18n';
import { cellText, type ResolvedCell, type ResolvedDataset } from './dataset-model';

/**
 * What the browser needs to draw a dataset's chart, in the page's language: built at build time and
 * embedded beside the chart mount as JSON, so that the chart code (client/chart.ts) does no data
 * work and stays small.
 */
export interface ChartPayload {
	type: 'bar' | 'line' | 'pie' | 'doughnut';
	lang: Lang;
	/** Category labels (x axis, or pie slices). */
	labels: string[];
	series: { label: string; data: (number | null)[] }[];
	/** Digits after the decimal point for tooltips and ticks (the most any drawn value has). */
	decimals: number;
	percent: boolean;
	horizontal: boolean;
	stacked: boolean;
	/** Axis title: the unit. */
	unit?: string;
	/** What the chart shows when it draws only part of the table (shown above the chart, in HTML, so that it wraps). */
	title?: string;
}

const valueOf = (cell: ResolvedCell | undefined): number | null =>
	cell && (cell.kind === 'number' || cell.kind === 'derived') ? cell.value : null;

const labelOf = (cell: ResolvedCell | undefined, lang: Lang): string => {
	if (!cell || cell.kind === 'empty') return '';
	if (cell.kind === 'text') return cellText(cell, lang);
	return cell.kind === 'number' ? cell.printed : String(cell.value);
};

/** The chart of a dataset as its `chart` spec describes it; total rows are left out. */
export function chartPayload(dataset: ResolvedDataset, lang: Lang): ChartPayload {
	const { data } = dataset;
	const spec = data.chart;
	if (!spec) throw new Error('chartPayload: the dataset has no chart');
	const column = (key: string) => data.columns.findIndex((c) => c.key === key);
	const categoryColumn = spec.categories ? column(spec.categories) : Math.max(0, data.columns.findIndex((c) => c.type === 'label'));
	const seriesColumns = spec.series.map(column);
	const rows = dataset.rows.filter((r, i) => !r.total && (spec.section === undefined || r.section === spec.section) && (!spec.rows || spec.rows.includes(i)));
	const drawn = rows.flatMap((r) => seriesColumns.map((c) => r.cells[c]));
	const decimals = Math.max(0, ...drawn.map((c) => (c && (c.kind === 'number' || c.kind === 'derived') ? c.decimals : 0)));
	const percent = drawn.some((c) => c?.kind === 'number' && c.percent);
	const header = (c: number) => {
		const col = data.columns[c]!;
		return col.group && data.columns.filter((x) => x.label[lang] === col.label[lang]).length > 1 ? `${col.group[lang]}: ${col.label[lang]}` : col.label[lang];
	};
	const labels = spec.transpose ? seriesColumns.map(header) : rows.map((r) => labelOf(r.cells[categoryColumn], lang));
	const series = spec.transpose
		? rows.map((r) => ({ label: labelOf(r.cells[categoryColumn], lang), data: seriesColumns.map((c) => valueOf(r.cells[c])) }))
		: seriesColumns.map((c) => ({ label: header(c), data: rows.map((r) => valueOf(r.cells[c])) }));
	return {
		type: spec.type,
		lang,
		labels,
		series,
		decimals,
		percent,
		horizontal: spec.horizontal,
		stacked: spec.stacked,
		unit: data.unit?.[lang],
		title: spec.title?.[lang],
	};
}
