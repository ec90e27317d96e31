import type { ResolvedDataset } from '../utils/dataset-model';
import { formatRanges } from '../utils/format';
import { findPrinted } from '../utils/printed-numbers';

/**
 * The provenance check of a dataset: every printed number must occur, as a whole number, in the
 * seed-file lines named by its `sourceLines`; a value the source does not print must be a derived
 * cell with its formula. Cells that did not parse (the dataset's `problems`) are reported with them.
 * Pure: the caller reads the seed file (loaders/datasets.ts). Returns the problems, each naming the
 * row and column.
 */
export function checkProvenance(dataset: ResolvedDataset, seedLines: string[]): string[] {
	const problems = [...dataset.problems];
	const { sourceLines, columns } = dataset.data;
	const text = sourceLines
		.map(([first, last]) => {
			if (last > seedLines.length) problems.push(`sourceLines ${first}–${last} go past the end of the seed file (${seedLines.length} lines)`);
			return seedLines.slice(first - 1, last).join('\n');
		})
		.join('\n');
	dataset.rows.forEach((row, r) => {
		row.cells.forEach((cell, c) => {
			if (cell.kind !== 'number' || cell.value === null || findPrinted(cell.printed, text) >= 0) return;
			const label = row.cells.find((x) => x.kind === 'text');
			const rowName = label?.kind === 'text' ? `"${label.text.kk}"` : `row ${r + 1}`;
			problems.push(`${rowName}, column "${columns[c]!.key}": "${cell.printed}" does not occur in source lines ${formatRanges(sourceLines)} (key it as printed, or make it a derived cell with its formula)`);
		});
	});
	return problems;
}
