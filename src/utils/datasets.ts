import { getCollection } from 'astro:content';
import { SOURCE_LANG, type Lang } from '../schemas/i18n';
import { resolveDataset, type ResolvedDataset } from './dataset-model';
import { sitePath } from './routes';

export interface DatasetEntry extends ResolvedDataset {
	/** Document slug (the folder). */
	document: string;
	/** Dataset id within the document, e.g. "table-4": the anchor on its page and the download's name. */
	id: string;
	/** The YAML file, for build messages. */
	file: string;
}

let cache: Promise<DatasetEntry[]> | undefined;

/**
 * Every dataset, resolved once per build. Their files were checked when content loaded
 * (loaders/datasets.ts): ids, documents and provenance.
 */
export function getDatasets(): Promise<DatasetEntry[]> {
	cache ??= getCollection('datasets').then((entries) =>
		entries.map((entry) => {
			const [document, id] = entry.id.split('/') as [string, string];
			return { ...resolveDataset(entry.data), document, id, file: `src/content/datasets/${entry.id}.yaml` };
		}),
	);
	return cache;
}

/** One dataset of a document; fails the build naming the page when it does not exist. */
export async function getDataset(document: string, id: string, usedOn: string): Promise<DatasetEntry> {
	const dataset = (await getDatasets()).find((d) => d.document === document && d.id === id);
	if (!dataset) throw new Error(`${usedOn}: <Dataset id="${id}" /> names no file src/content/datasets/${document}/${id}.yaml`);
	return dataset;
}

/** File names of a dataset's downloads: language-neutral JSON; CSV with headers in one language (Kazakh unmarked). */
export const datasetFiles = {
	json: (id: string) => `${id}.json`,
	csv: (id: string, lang: Lang) => `${id}${lang === SOURCE_LANG ? '' : `.${lang}`}.csv`,
};

/** Download paths of a dataset, under /data/{document}/ (below the base path). */
export function datasetDownloads(document: string, id: string) {
	return {
		json: sitePath(`data/${document}/${datasetFiles.json(id)}`),
		csv: (lang: Lang) => sitePath(`data/${document}/${datasetFiles.csv(id, lang)}`),
	};
}
