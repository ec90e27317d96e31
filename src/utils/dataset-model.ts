import type { Lang, Trilingual } from '../schemas/i18n';
import type { DataRow, DatasetCell, DatasetColumn, DatasetData } from '../schemas/dataset';
import { parsePrinted } from './printed-numbers';

/**
 * The resolved form of a dataset that the table, the chart, the downloads and the provenance check
 * share: every cell typed, every number parsed from its printed form. Pure (no astro:content), so
 * that it is unit-tested directly.
 */

export type ResolvedCell =
	| { kind: 'empty' }
	| { kind: 'text'; text: Partial<Trilingual> & { kk: string }; sic?: Trilingual; uncertain?: Trilingual; lang?: 'ru' | 'en' }
	| {
			kind: 'number';
			/** `null` for a printed dash ("none"). */
			value: number | null;
			decimals: number;
			percent: boolean;
			/** As printed in the source, for the provenance and fidelity checks. */
			printed: string;
			sic?: Trilingual;
			uncertain?: Trilingual;
	  }
	| { kind: 'derived'; value: number; decimals: number; formula: string | Trilingual; note?: Trilingual };

export interface ResolvedRow {
	cells: ResolvedCell[];
	total: boolean;
	/** Index of the block (section) the row belongs to; -1 before the first section row. */
	section: number;
	note?: Trilingual;
	sourceLines?: [number, number];
	/** Id of the paragraph that states the row's values (figure data from running text). */
	statedAt?: string;
}

export interface ResolvedDataset {
	data: DatasetData;
	/** Section headings in order (rows with `section`). */
	sections: Trilingual[];
	rows: ResolvedRow[];
	/** Problems found while resolving (cells that do not parse), each naming the row and column. */
	problems: string[];
}

const isTrilingual = (cell: object): cell is Trilingual => 'kk' in cell && 'ru' in cell && 'en' in cell;

function decimalsOf(value: number): number {
	const text = String(value);
	return text.includes('.') ? text.split('.')[1]!.length : 0;
}

function resolveCell(cell: DatasetCell, column: DatasetColumn, decimalSeparator: ',' | '.', where: string, problems: string[]): ResolvedCell {
	if (cell === null) return { kind: 'empty' };
	if (typeof cell === 'object' && 'derived' in cell) {
		return { kind: 'derived', value: cell.derived, decimals: decimalsOf(cell.derived), formula: cell.formula, note: cell.note };
	}
	if (typeof cell === 'object' && isTrilingual(cell)) {
		if (column.type === 'number') problems.push(`${where}: a translated label in the number column "${column.key}"`);
		return { kind: 'text', text: cell };
	}
	const flagged = typeof cell === 'string' ? { printed: cell, text: false } : cell;
	const { printed } = flagged;
	const flags = { ...('sic' in flagged && flagged.sic ? { sic: flagged.sic } : {}), ...('uncertain' in flagged && flagged.uncertain ? { uncertain: flagged.uncertain } : {}) };
	const lang = 'lang' in flagged && flagged.lang ? { lang: flagged.lang } : {};
	if (column.type !== 'number' || flagged.text) return { kind: 'text', text: { kk: printed }, ...flags, ...lang };
	const reads = 'reads' in flagged && flagged.reads ? flagged.reads : printed;
	const number = parsePrinted(reads, decimalSeparator);
	if (!number) {
		problems.push(`${where}: "${reads}" in the number column "${column.key}" is not a number as printed (mark text with \`text: true\`)`);
		return { kind: 'text', text: { kk: printed }, ...flags };
	}
	return { kind: 'number', ...number, printed, ...flags };
}

/** Types every cell of a dataset and parses its numbers. */
export function resolveDataset(data: DatasetData): ResolvedDataset {
	const problems: string[] = [];
	const sections: Trilingual[] = [];
	const rows: ResolvedRow[] = [];
	data.rows.forEach((row, r) => {
		if ('section' in row) {
			sections.push(row.section);
			return;
		}
		const dataRow = row as DataRow;
		rows.push({
			cells: dataRow.cells.map((cell, c) => resolveCell(cell, data.columns[c]!, data.decimalSeparator, `row ${r + 1}, column "${data.columns[c]?.key}"`, problems)),
			total: dataRow.total,
			section: sections.length - 1,
			note: dataRow.note,
			sourceLines: dataRow.sourceLines,
			statedAt: dataRow.statedAt,
		});
	});
	return { data, sections, rows, problems };
}

/** The text of a text cell in a language: its translation when it has one, else the Kazakh as printed. */
export function cellText(cell: Extract<ResolvedCell, { kind: 'text' }>, lang: Lang): string {
	return cell.text[lang] ?? cell.text.kk;
}
