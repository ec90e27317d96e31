import { z } from 'astro/zod';
import { citationId } from './ids';
import { trilingual } from './i18n';
import { lineRange } from './source-lines';

/**
 * Frontmatter of one content page (`src/content/pages/{document}/{page}.mdx`).
 * The folder names the document and the file name is the page slug; both are part of the URL.
 * Unknown fields fail the build (strict object), so a typo cannot silently drop data.
 */
export const pageSchema = z.strictObject({
	order: z.number().int().positive().describe('Reading order within the document (previous/next, contents)'),
	anchor: citationId.describe('Citation id of the page heading (h1), e.g. s-1'),
	title: trilingual.describe('Page heading; kk verbatim from the source'),
	sourceLines: lineRange.describe('First and last line of the seed file this page covers'),
	body: z
		.enum(['text', 'generated'])
		.default('text')
		.describe(
			'"text": the body is the Kazakh text (a ru/en page shows its translation, src/content/translations/{lang}/{document}/{page}.mdx, or else the Kazakh text with lang="kk" and a "not translated yet" notice). ' +
				'"generated": the body is only components that render in the reader\'s language (<NumberedList>, <PartContents>, <Dataset>, <EditorialNote>), so no notice and no lang="kk"; plugins/remark-generated-body.ts fails the build when the field and the body disagree',
		),
});
export type PageData = z.infer<typeof pageSchema>;
