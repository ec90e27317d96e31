import { z } from 'astro/zod';
import { citationId } from './ids';

/**
 * Frontmatter of a page's translation, `src/content/translations/{lang}/{document}/{page}.mdx` (lang
 * `ru` or `en`; document and page as in src/content/pages/). Two kinds of file:
 * - a translated page: the body is the page's text in that language, with the Kazakh page's citation
 *   markers, footnotes and components (checks/translation-alignment.ts), and `follows`;
 * - a page not translated yet: no body, only `headings`, shown beside the Kazakh text it falls back to.
 * utils/translations.ts fails the build when a file is neither.
 */
export const translationSchema = z.strictObject({
	follows: z
		.string()
		.regex(/^[0-9a-f]{12}$/, 'the Kazakh revision: 12 hex digits, as written by `npm run translation -- scaffold`')
		.optional()
		.describe(
			'The Kazakh revision the translation was made from (kazakhRevision() of the Kazakh page: a hash of its body). When the Kazakh body changes, the page says the translation may be out of date until the translation is updated and this field with it. Required when the file has a body',
		),
	headings: z
		.record(citationId, z.string().min(1))
		.default({})
		.describe(
			'Only for a page not translated yet (no body): every id-marked heading of the Kazakh body in this language, by id (a missing one fails the build). A translated page has its headings in its body',
		),
});
export type TranslationData = z.infer<typeof translationSchema>;
