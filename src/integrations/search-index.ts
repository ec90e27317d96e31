import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { loadBuiltPages } from '../checks/dist';
import { unitRecords } from '../search/unit-records';

/** Where the Kazakh units' search index is written, beside Pagefind's own `pagefind/` (client/search.ts loads it). */
export const UNIT_INDEX_DIR = 'pagefind-kk-units';

/**
 * After the build, writes a second Pagefind index: one record per citable unit of the Kazakh site,
 * its words folded and stemmed (search/unit-records.ts). Pagefind's own index (`pagefind --site dist`,
 * after `astro build`) has no Kazakh stemmer and folds none of ә ғ қ ң ө ұ ү һ і; this one lets any
 * inflected or Russian-keyboard form of a word find the unit that holds it.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const { records, vocabulary } = unitRecords(await loadBuiltPages(distDir));
				const { index, errors } = await createIndex({ forceLanguage: 'kk' });
				if (!index) throw new Error(`search-index: Pagefind could not create an index: ${errors.join('; ')}`);
				for (const record of records) {
					const added = await index.addCustomRecord({ url: record.url, content: record.content, language: 'kk', meta: record.meta, filters: record.filters });
					if (added.errors.length) throw new Error(`search-index: ${record.url}: ${added.errors.join('; ')}`);
				}
				const written = await index.writeFiles({ outputPath: join(distDir, UNIT_INDEX_DIR) });
				if (written.errors.length) throw new Error(`search-index: ${written.errors.join('; ')}`);
				await close();
				logger.info(`${records.length} Kazakh units indexed, normalised against ${vocabulary} words, in ${UNIT_INDEX_DIR}/`);
			},
		},
	};
}
