import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { loadBuiltPages } from '../checks/dist';
import { translatedUnitRecords, unitRecords } from '../search/unit-records';

/** Where the Kazakh units' search index is written, beside Pagefind's own `pagefind/` (client/search.ts loads it). */
export const UNIT_INDEX_DIR = 'pagefind-kk-units';
/** Where the Russian and English units' search index is written (one bundle, a language each: Pagefind picks by `<html lang>`). */
export const TRANSLATED_UNIT_INDEX_DIR = 'pagefind-units';

type CustomRecord = Parameters<NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>['addCustomRecord']>[0];

/** Writes one Pagefind index of custom records to `dist/{dir}/`; a record Pagefind refuses fails the build. */
async function writeIndex(distDir: string, dir: string, records: CustomRecord[], config: Parameters<typeof createIndex>[0] = {}) {
	const { index, errors } = await createIndex(config);
	if (!index) throw new Error(`search-index: Pagefind could not create an index: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addCustomRecord(record);
		if (added.errors.length) throw new Error(`search-index: ${record.url}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: join(distDir, dir) });
	if (written.errors.length) throw new Error(`search-index: ${written.errors.join('; ')}`);
}

/**
 * After the build, writes two more Pagefind indexes, one record per citable unit, so that a result is
 * the unit (about half a KiB) and not its whole page:
 * - the Kazakh units, their words folded and stemmed (search/unit-records.ts). Pagefind's own index
 *   (`pagefind --site dist`, after `astro build`) has no Kazakh stemmer and folds none of ә ғ қ ң ө ұ ү
 *   һ і; this one lets any inflected or Russian-keyboard form of a word find the unit that holds it;
 * - the Russian and English units, as written (Pagefind stems them).
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = await loadBuiltPages(distDir);
				const { records, vocabulary } = unitRecords(pages);
				await writeIndex(distDir, UNIT_INDEX_DIR, records.map((record) => ({ ...record, language: 'kk' })), { forceLanguage: 'kk' });
				logger.info(`${records.length} Kazakh units indexed, normalised against ${vocabulary} words, in ${UNIT_INDEX_DIR}/`);
				const translated = (['ru', 'en'] as const).flatMap((lang) => translatedUnitRecords(pages, lang));
				await writeIndex(distDir, TRANSLATED_UNIT_INDEX_DIR, translated);
				logger.info(`${translated.length} Russian and English units indexed in ${TRANSLATED_UNIT_INDEX_DIR}/`);
				await close();
			},
		},
	};
}
