/**
 * Draws a dataset's chart into its mount (`[data-chart]`, rendered by components/content/Dataset.astro).
 * Loaded by page.ts only when a chart scrolls into view, so text pages never download chart.js.
 * The mount holds the chart as JSON built at build time (utils/dataset-chart.ts): labels, series and
 * number format, already in the page's language. Only the chart.js parts these charts use are
 * registered, which keeps the chunk small (tree-shaking drops the rest).
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PieController,
	PointElement,
	Tooltip,
	type ChartConfiguration,
} from 'chart.js';
import type { ChartPayload } from '../utils/dataset-chart';
import { formatNumber } from '../utils/number-format';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, LineController, LineElement, PieController, PointElement, Tooltip);

const PALETTE_SIZE = 8;

/** Colours from the page's CSS custom properties, so that charts follow light, dark and print styles. */
function palette(mount: HTMLElement) {
	const style = getComputedStyle(mount);
	const read = (name: string) => style.getPropertyValue(name).trim();
	return {
		series: Array.from({ length: PALETTE_SIZE }, (_, i) => read(`--chart-${i + 1}`)),
		text: read('--text-soft'),
		grid: read('--border'),
		background: read('--bg'),
		font: read('--font'),
	};
}

function configure(payload: ChartPayload, colours: ReturnType<typeof palette>): ChartConfiguration {
	const { type, lang, decimals, percent } = payload;
	const format = (value: number, digits = decimals) => formatNumber(value, digits, lang, { percent });
	const round = type === 'pie' || type === 'doughnut';
	const colour = (i: number) => colours.series[i % PALETTE_SIZE]!;
	const datasets = payload.series.map((series, i) => ({
		label: series.label,
		data: series.data,
		backgroundColor: round ? series.data.map((_, j) => colour(j)) : colour(i),
		borderColor: round ? colours.background : colour(i),
		borderWidth: round ? 2 : type === 'line' ? 2 : 0,
		pointRadius: type === 'line' ? 3 : undefined,
		// Past the palette, lines repeat a colour with a dash so that every series stays distinguishable.
		borderDash: type === 'line' && i >= PALETTE_SIZE ? [6, 4] : undefined,
		spanGaps: false,
	}));
	const tick = (value: number | string) => (typeof value === 'number' ? format(value, Number.isInteger(value) ? 0 : Math.max(decimals, 1)) : value);
	const valueAxis = { stacked: payload.stacked, ticks: { color: colours.text, callback: tick }, grid: { color: colours.grid }, title: payload.unit ? { display: true, text: payload.unit, color: colours.text } : undefined };
	const categoryAxis = { stacked: payload.stacked, ticks: { color: colours.text, autoSkip: true }, grid: { display: false } };
	return {
		type,
		data: { labels: payload.labels, datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 400 },
			indexAxis: payload.horizontal ? 'y' : 'x',
			font: { family: colours.font },
			plugins: {
				legend: { display: round || datasets.length > 1, labels: { color: colours.text } },
				tooltip: {
					callbacks: {
						label: (item) => {
							// Pie slices parse to a number; bars and lines to {x, y}, the value on the value axis.
							const parsed = item.parsed as unknown;
							const value = typeof parsed === 'number' ? parsed : (parsed as { x: number; y: number } | null)?.[payload.horizontal ? 'x' : 'y'];
							const name = round ? item.label : item.dataset.label;
							return `${name}: ${value === null || value === undefined ? '–' : format(value)}`;
						},
					},
				},
			},
			scales: round ? {} : payload.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
		},
	} as ChartConfiguration;
}

/** Draws the chart of one mount; redraws it when the colour scheme changes or the page is printed. */
export function drawChart(mount: HTMLElement) {
	const canvas = mount.querySelector('canvas');
	const json = mount.querySelector('script[type="application/json"]');
	if (!canvas || !json?.textContent || mount.dataset.chartDrawn) return;
	const payload = JSON.parse(json.textContent) as ChartPayload;
	let chart = new Chart(canvas, configure(payload, palette(mount)));
	mount.dataset.chartDrawn = '';
	const redraw = () => {
		chart.destroy();
		chart = new Chart(canvas, configure(payload, palette(mount)));
	};
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
	// Print styles switch the colours to light ones (global.css); draw with them, and back after.
	addEventListener('beforeprint', () => {
		mount.classList.add('printing');
		redraw();
	});
	addEventListener('afterprint', () => {
		mount.classList.remove('printing');
		redraw();
	});
}
