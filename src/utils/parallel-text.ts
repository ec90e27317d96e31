import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** One row of a side-by-side page: a unit of the text in each language, keyed by its first citation id. */
export interface ParallelRow {
	/** The row's first citation id ("" for the text before the first id). */
	key: string;
	first: string;
	second: string;
}

/** Element attributes that hold ids (space-separated lists for the ARIA ones). */
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

/**
 * Renames every id of the second column so that it cannot collide with the first's: `X` → `{prefix}-X`,
 * and fragment links and ARIA references to it likewise. A copy-link keeps the citation it stands for:
 * it points at the id on the column's own single-language page (`pageHref#X`), the address to cite.
 */
function prefixIds(root: Root, prefix: string, pageHref: string) {
	const ids = new Set<string>();
	visit(root, 'element', (node: Element) => {
		if (typeof node.properties.id === 'string') ids.add(node.properties.id);
	});
	visit(root, 'element', (node: Element) => {
		const { properties } = node;
		if (typeof properties.id === 'string') properties.id = `${prefix}-${properties.id}`;
		for (const name of ID_REFERENCES) {
			const value = properties[name];
			if (Array.isArray(value)) properties[name] = value.map((id) => (ids.has(String(id)) ? `${prefix}-${id}` : id));
		}
		const href = properties.href;
		if (typeof href === 'string' && href.startsWith('#') && ids.has(decodeURIComponent(href.slice(1)))) {
			properties.href = properties.dataCopyLink !== undefined ? `${pageHref}${href}` : `#${prefix}-${href.slice(1)}`;
		}
	});
}

/** The first citation id at or inside a node (the segment it starts is keyed by it). */
function firstId(node: RootContent): string | undefined {
	let found: string | undefined;
	visit(node as Root | ElementContent, 'element', (element: Element) => {
		if (found === undefined && typeof element.properties.id === 'string') found = element.properties.id;
		return found === undefined ? undefined : false;
	});
	return found;
}

/**
 * A body's top-level nodes cut into segments: a new segment at each top-level node that holds an
 * id (a heading, a point, a list of points, a table); nodes without one (an editorial note) stay
 * with the segment before them.
 */
function segments(root: Root): { key: string; nodes: RootContent[] }[] {
	const result: { key: string; nodes: RootContent[] }[] = [{ key: '', nodes: [] }];
	for (const node of root.children) {
		if (node.type === 'text' && node.value.trim() === '') continue;
		const id = node.type === 'element' ? firstId(node) : undefined;
		if (id !== undefined) result.push({ key: id, nodes: [node] });
		else result.at(-1)!.nodes.push(node);
	}
	return result.filter((segment) => segment.key !== '' || segment.nodes.length > 0);
}

/**
 * Pairs the rendered bodies of one page in two languages, unit by unit, for the side-by-side view.
 * Both texts carry the same citation ids in the same order (checks/translation-alignment.ts), so
 * segments pair by their first id; a segment of the second text whose id the first lacks joins the
 * row before it, so that nothing is lost. The second column's ids are prefixed (see prefixIds).
 */
export function alignColumns(firstHtml: string, secondHtml: string, second: { prefix: string; pageHref: string }): ParallelRow[] {
	const first = segments(fromHtml(firstHtml, { fragment: true }));
	const secondRoot = fromHtml(secondHtml, { fragment: true });
	// Keyed by the original ids, before they are prefixed.
	const secondSegments = segments(secondRoot);
	prefixIds(secondRoot, second.prefix, second.pageHref);
	const rows = first.map((segment) => ({ key: segment.key, first: segment.nodes, second: [] as RootContent[] }));
	const rowOf = new Map(rows.map((row, i) => [row.key, i]));
	let current = 0;
	for (const segment of secondSegments) {
		current = rowOf.get(segment.key) ?? current;
		rows[current]!.second.push(...segment.nodes);
	}
	const html = (nodes: RootContent[]) => toHtml({ type: 'root', children: nodes });
	return rows.map((row) => ({ key: row.key, first: html(row.first), second: html(row.second) }));
}
