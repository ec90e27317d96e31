import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { DATASET_ID } from '../schemas/dataset';
import { SOURCE_LANG, type Lang } from '../schemas/i18n';
import { checkProvenance, resolveDataset, type ResolvedDataset } from './dataset-model';
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
 * Every dataset, resolved and checked once per build: a dataset whose id is malformed, whose cells do
 * not parse, or one of whose numbers does not occur in its source lines fails the build with a
 * message naming its file.
 */
export function getDatasets(): Promise<DatasetEntry[]> {
	cache ??= load();
	return cache;
}

async function load(): Promise<DatasetEntry[]> {
	const [entries, documents] = await Promise.all([getCollection('datasets'), getCollection('documents')]);
	const seedFiles = new Map(documents.map((d) => [d.data.slug, d.data.seedFile]));
	const seedLines = new Map<string, string[]>();
	const problems: string[] = [];
	const datasets = entries.map((entry) => {
		const [document, id] = entry.id.split('/') as [string, string];
		const file = `src/content/datasets/${entry.id}.yaml`;
		const resolved = resolveDataset(entry.data);
		const seedFile = seedFiles.get(document);
		if (!seedFile) problems.push(`${file}: no document "${document}" in src/content/documents/`);
		else if (!DATASET_ID.test(id)) problems.push(`${file}: the file name must be a dataset id, table-N or figure-N`);
		else {
			if (!seedLines.has(seedFile)) seedLines.set(seedFile, readFileSync(`sources/${seedFile}`, 'utf8').split('\n'));
			problems.push(...checkProvenance(resolved, seedLines.get(seedFile)!).map((p) => `${file}: ${p}`));
		}
		return { ...resolved, document, id, file };
	});
	if (problems.length) throw new Error(`Dataset provenance: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
	return datasets;
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
