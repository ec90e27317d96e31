import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, SOURCE_LANG, type Lang } from '../../../schemas/i18n';
import { getPublishedDocuments, type DocumentEntry } from '../../../utils/content';
import { datasetCsv, datasetJson } from '../../../utils/dataset-export';
import { datasetFiles, getDatasets, type DatasetEntry } from '../../../utils/datasets';
import { localePath, publicUrl } from '../../../utils/routes';

/**
 * /data/{document}/{id}.json and /data/{document}/{id}.csv (Kazakh headers), .ru.csv, .en.csv:
 * every dataset of a published document, generated at build time.
 */
export const getStaticPaths = (async () => {
	const [datasets, documents] = await Promise.all([getDatasets(), getPublishedDocuments()]);
	return datasets.flatMap((dataset) => {
		const document = documents.find((d) => d.data.slug === dataset.document);
		if (!document) return []; // the document is not published yet
		const files = [
			{ file: datasetFiles.json(dataset.id), format: 'json' as const, lang: SOURCE_LANG as Lang },
			...LANGS.map((lang) => ({ file: datasetFiles.csv(dataset.id, lang), format: 'csv' as const, lang })),
		];
		return files.map(({ file, format, lang }) => ({ params: { document: dataset.document, file }, props: { dataset, document, format, lang } }));
	});
}) satisfies GetStaticPaths;

interface Props {
	dataset: DatasetEntry;
	document: DocumentEntry;
	format: 'json' | 'csv';
	lang: Lang;
}

export const GET: APIRoute<Props> = ({ props }) => {
	const { dataset, document, format, lang } = props;
	if (format === 'csv') return new Response(datasetCsv(dataset, lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	// The dataset's place in each language: an absolute URL, or the site path when the build has no SITE.
	const place = (l: Lang) => `${localePath(l, `${dataset.document}/${dataset.data.page}`)}#${dataset.id}`;
	const urls = Object.fromEntries(LANGS.map((l) => [l, publicUrl(place(l))])) as Record<Lang, string>;
	const json = datasetJson(dataset, { document: dataset.document, id: dataset.id, documentTitle: document.data.title, seedFile: document.data.seedFile, urls });
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
