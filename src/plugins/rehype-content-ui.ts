import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Prepares compiled Markdown for the render-time content components (src/components/content).
 *
 * Markdown is compiled once, in Kazakh, but the same compiled page is shown under /ru/ and /en/ until a
 * translation exists, so UI words cannot be baked in here. Instead elements are tagged with what the
 * components need, and the components put the reader's language in at render time:
 * - every heading gets `data-level` (one component renders h2–h6);
 * - the GFM footnote heading and back-links get the UI dictionary key they need (`data-ui`,
 *   `data-ui-label`);
 * - a footnote reference shows the source's own number ("[^42]" → "42"), not GFM's running count, so
 *   printed numbers match the ids `fn-42` / `fnref-42`; the footnote list item shows the same number
 *   (`<li value="42">`), so a page whose first note is the report's 42nd does not number it 1.
 */
export function rehypeContentUi() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const props = node.properties;
			const level = /^h([1-6])$/.exec(node.tagName)?.[1];
			if (level) props.dataLevel = level;
			if (node.tagName === 'h2' && props.id === 'footnote-label') {
				props.dataUi = 'footnotes.label';
			}
			if (node.tagName === 'a' && 'dataFootnoteBackref' in props) {
				props.dataUiLabel = 'footnotes.backToRef';
				delete props.ariaLabel;
			}
			const footnote = node.tagName === 'li' && typeof props.id === 'string' ? /^fn-(\d+)$/.exec(props.id) : null;
			if (footnote) props.value = footnote[1];
			if (node.tagName === 'a' && 'dataFootnoteRef' in props && typeof props.href === 'string') {
				node.children = [{ type: 'text', value: props.href.replace(/^#fn-/, '') }];
			}
		});
	};
}
