import { getCollection } from 'astro:content';
import type { FigureData } from '../schemas/figure';
import type { Trilingual } from '../schemas/i18n';
import { getDatasets } from './datasets';

export interface FigureRecord {
	document: string;
	/** "figure-1-1-5": the anchor on its page. */
	id: string;
	/** The YAML file, for build messages. */
	file: string;
	data: FigureData;
}

/** A figure record (a figure whose data the text lacks); fails the build naming the page when it does not exist. */
export async function getFigureRecord(document: string, id: string, usedOn: string): Promise<FigureRecord> {
	const entry = (await getCollection('figures')).find((e) => e.id === `${document}/${id}`);
	if (!entry) throw new Error(`${usedOn}: <Figure id="${id}" /> has no props and names no file src/content/figures/${document}/${id}.yaml`);
	return { document, id, file: `src/content/figures/${entry.id}.yaml`, data: entry.data };
}

/** One entry of a document's list of tables or figures. */
export interface NumberedItem {
	document: string;
	kind: 'table' | 'figure';
	id: string;
	page: string;
	label: string;
	number: string;
	caption?: Trilingual;
	captionLang?: 'ru' | 'en';
	/** What the site has of its data: a full series, some values stated in the text, or none. */
	data: 'full' | 'partial' | 'none';
}

/** "1.2.10" after "1.2.9": compares the numeric parts of printed numbers. */
export function compareNumbers(a: string, b: string): number {
	const pa = a.split(/\D+/).filter(Boolean).map(Number);
	const pb = b.split(/\D+/).filter(Boolean).map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (d) return d;
	}
	return a.localeCompare(b);
}

/**
 * The numbered tables and figures of a document, in number order, from its datasets and figure records
 * (not from the source's own lists, which may be truncated).
 */
export async function numberedItems(document: string, kind: 'table' | 'figure'): Promise<NumberedItem[]> {
	const datasets = (await getDatasets())
		.filter((d) => d.document === document && d.data.kind === kind)
		.map(({ id, data }): NumberedItem => ({ document, kind, id, page: data.page, label: data.label, number: data.number, caption: data.caption, captionLang: data.captionLang, data: data.partial ? 'partial' : 'full' }));
	const records =
		kind === 'figure'
			? (await getCollection('figures'))
					.filter((e) => e.id.startsWith(`${document}/`))
					.map(({ id, data }): NumberedItem => ({ document, kind, id: id.split('/')[1]!, page: data.page, label: data.label, number: data.number, caption: data.caption, captionLang: data.captionLang, data: 'none' }))
			: [];
	return [...datasets, ...records].sort((a, b) => compareNumbers(a.number, b.number));
}
