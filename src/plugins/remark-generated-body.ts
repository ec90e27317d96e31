import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/**
 * Keeps a page's frontmatter `body: generated` honest (schemas/page.ts). Such a body is shown in the
 * reader's language on ru/en pages, with no "not translated yet" notice and no `lang="kk"`, so it may
 * hold only the components below, which render in the page's language (and mark any Kazakh they
 * show themselves). The plugin fails the build, naming the file and line,
 * - when a `body: generated` page has anything else (Kazakh prose, another component);
 * - when a page whose body is only these components lacks the field, so that it would claim to be
 *   untranslated Kazakh.
 */
export const READER_LANGUAGE_COMPONENTS: ReadonlySet<string> = new Set(['Dataset', 'EditorialNote', 'NumberedList', 'PartContents']);

export function remarkGeneratedBody() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
		if (!frontmatter) return;
		// Imports, exports and {/* comments */} are not text; every other node must be such a component.
		const content = tree.children.filter((node) => !['mdxjsEsm', 'mdxFlowExpression', 'yaml'].includes(node.type));
		const other = content.find((node) => {
			const { type, name } = node as { type: string; name?: string | null };
			return type !== 'mdxJsxFlowElement' || !name || !READER_LANGUAGE_COMPONENTS.has(name);
		});
		const allowed = [...READER_LANGUAGE_COMPONENTS].map((name) => `<${name}>`).join(', ');
		if (frontmatter.body === 'generated' && other) {
			file.fail(`The page says "body: generated", but its body holds more than ${allowed}: remove the field, or move this text into a component`, other);
		}
		if (frontmatter.body !== 'generated' && content.length > 0 && !other) {
			file.fail(`The page's body is only ${allowed}, which render in the reader's language: add "body: generated" to its frontmatter`, content[0]);
		}
	};
}
