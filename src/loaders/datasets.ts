import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { checkProvenance } from '../checks/provenance';
import { DATASET_ID, type DatasetData } from '../schemas/dataset';
import { resolveDataset } from '../utils/dataset-model';
import { splitSeedLines } from '../utils/source-lines';

/**
 * The datasets collection's loader: the glob loader, then the checks of every dataset file — its
 * name is a dataset id, its folder a document, and its numbers occur in that document's seed file
 * (checks/provenance.ts). Running here, while content loads, a problem stops `astro build` and
 * `astro check` before any page renders. The dev server logs the problems instead, so that pages
 * can still be previewed while the YAML is fixed.
 *
 * Files are read from the project root (Astro's `root`), not the process's working directory.
 */
export function datasetsLoader(): Loader {
	const files = glob({ pattern: '*/*.yaml', base: './src/content/datasets' });
	return {
		name: 'datasets',
		load: async (context) => {
			await files.load(context);
			const problems = await checkDatasets(context.store.values(), context.config.root);
			if (!problems.length) return;
			const message = `Datasets: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`;
			if (context.watcher) context.logger.error(message);
			else throw new Error(message);
		},
	};
}

/** A document's seed file (`seedFile` in its YAML, a file in sources/) as lines, or why it cannot be read. */
type SeedFile = { lines: string[] } | { problem: string };

async function checkDatasets(entries: { id: string; data: Record<string, unknown> }[], root: URL): Promise<string[]> {
	const seedFiles = new Map<string, Promise<SeedFile>>(); // by document slug
	const problems: string[] = [];
	for (const entry of entries) {
		const [document, id] = entry.id.split('/') as [string, string];
		const file = `src/content/datasets/${entry.id}.yaml`;
		if (!seedFiles.has(document)) seedFiles.set(document, readSeedFile(document, root));
		const seedFile = await seedFiles.get(document)!;
		if ('problem' in seedFile) problems.push(`${file}: ${seedFile.problem}`);
		else if (!DATASET_ID.test(id)) problems.push(`${file}: the file name must be a dataset id, table-N or figure-N`);
		else problems.push(...checkProvenance(resolveDataset(entry.data as DatasetData), seedFile.lines).map((p) => `${file}: ${p}`));
	}
	return problems;
}

async function readSeedFile(document: string, root: URL): Promise<SeedFile> {
	const metadata = await readFile(new URL(`src/content/documents/${document}.yaml`, root), 'utf8').catch(() => undefined);
	if (metadata === undefined) return { problem: `no document "${document}" in src/content/documents/` };
	const { seedFile } = yaml.load(metadata) as { seedFile: string };
	const text = await readFile(new URL(`sources/${seedFile}`, root), 'utf8').catch(() => undefined);
	return text === undefined ? { problem: `the seed file sources/${seedFile} of "${document}" cannot be read` } : { lines: splitSeedLines(text) };
}
