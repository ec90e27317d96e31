import type { FootnoteDefinition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Footnote provenance. A footnote definition may start with the seed-file lines it was keyed from:
 *
 *   [^3]: [@351-353] Қазақстан Республикасы …      → <li id="fn-3"><p data-source-lines="351-353">
 *
 * The marker is removed from the text. The fidelity check compares such a footnote with exactly those
 * lines, letter for letter (with the number of its <li>), instead of in reading order: footnotes are printed at the foot of each PDF
 * page but shown at the end of each web page. A malformed marker fails the build.
 *
 * Footnote ids (`fn-N`) are added to the page's `citableIds`, so a short citation `/{doc}/#fn-42`
 * finds the page that holds the note.
 */
const MARKER = /^\[@(\d+-\d+(?:,\d+-\d+)*)\]\s*/;

export function remarkFootnoteSourceLines() {
	return (tree: Root, file: VFile) => {
		const ids: string[] = [];
		visit(tree, 'footnoteDefinition', (definition: FootnoteDefinition) => {
			ids.push(`fn-${definition.identifier}`);
			const first = definition.children[0];
			const text = first?.type === 'paragraph' ? first.children[0] : undefined;
			if (text?.type !== 'text' || !text.value.startsWith('[@')) return;
			const match = MARKER.exec(text.value);
			if (!match) file.fail(`Malformed footnote source-line marker in [^${definition.identifier}]: write [@351-353] or [@351-353,360-361]`, definition);
			for (const range of match[1]!.split(',')) {
				const [a, b] = range.split('-').map(Number);
				if (a! > b!) file.fail(`Footnote [^${definition.identifier}]: source lines ${range} run backwards`, definition);
			}
			text.value = text.value.slice(match[0].length);
			// On the paragraph: the footnote's <li> is built by mdast-util-to-hast without the definition's data.
			first!.data ??= {};
			first!.data.hProperties = { ...(first!.data.hProperties ?? {}), 'data-source-lines': match[1] };
		});
		const astro = ((file.data as any).astro ??= {});
		const frontmatter = (astro.frontmatter ??= {});
		frontmatter.citableIds = [...(frontmatter.citableIds ?? []), ...ids];
	};
}
