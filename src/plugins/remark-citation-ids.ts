import type { Heading, Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { CITATION_ID } from '../schemas/ids';

/**
 * Stable citation ids from explicit markers in the source MDX.
 *
 *   ## Өтпелі кезең үшін: [#s-3-transitional]      → <h2 id="s-3-transitional" data-cite>
 *   [#s-1-1] 1. Эмиграцияда халықтың …             → <p id="s-1-1" data-cite>1. Эмиграцияда …
 *
 * Ids are written by hand (never derived from position or translated text) because they are a
 * public citation contract. The plugin fails the build, naming the file and line, when a heading has
 * no id, a marker is malformed or misplaced, or an id repeats within the file. Cross-page uniqueness
 * is checked after the build (see integrations/site-checks.ts).
 *
 * Every id the plugin assigns (headings and paragraphs, in document order) is exported as
 * `frontmatter.citableIds`, so pages can map ids to pages without rendering them.
 */

const HEADING_MARKER = /\s*\[#([^\]\s]*)\]\s*$/;
const PARAGRAPH_MARKER = /^\[#([^\]\s]*)\]\s+/;
const STRAY_MARKER = /\[#[^\]\s]*\]/;

export interface CitationIdsOptions {
	/** Require a marker on every heading (true for document pages). */
	requireHeadingIds?: boolean;
}

export function remarkCitationIds(options: CitationIdsOptions = {}) {
	const { requireHeadingIds = true } = options;
	return (tree: Root, file: VFile) => {
		const seen = new Map<string, number>();
		const citableIds: string[] = [];
		/** Headings written in another language than the page's (inside `<div lang="ru">`): id → lang. */
		const headingLangs: Record<string, string> = {};

		const claim = (id: string, node: Heading | Paragraph) => {
			if (!CITATION_ID.test(id)) {
				file.fail(`Invalid citation id "#${id}": use lower-case ASCII words joined by "-", e.g. s-3-transitional-4`, node);
			}
			const line = node.position?.start.line ?? 0;
			const earlier = seen.get(id);
			if (earlier !== undefined) {
				file.fail(`Duplicate citation id "#${id}" (first used on line ${earlier})`, node);
			}
			seen.set(id, line);
			citableIds.push(id);
			node.data ??= {};
			node.data.hProperties = { ...(node.data.hProperties ?? {}), id, 'data-cite': '' };
		};

		visit(tree, (node, _index, parent) => {
			if (node.type === 'heading') {
				const last = node.children.at(-1);
				const match = last?.type === 'text' ? HEADING_MARKER.exec(last.value) : null;
				if (last?.type === 'text' && match) {
					last.value = last.value.slice(0, match.index);
					claim(match[1]!, node);
				} else if (requireHeadingIds) {
					file.fail('Heading has no citation id: end it with a marker such as [#s-1-2]', node);
				}
				return;
			}
			if (node.type === 'paragraph') {
				const first = node.children[0];
				const match = first?.type === 'text' ? PARAGRAPH_MARKER.exec(first.value) : null;
				if (first?.type === 'text' && match) {
					first.value = first.value.slice(match[0].length);
					claim(match[1]!, node);
					// A tight list's items lose their <p> in HTML, and the id with it: render the list loose.
					if (parent?.type === 'listItem') parent.spread = true;
				}
				return;
			}
		});

		visitParents(tree, 'heading', (node: Heading, ancestors) => {
			const id = (node.data?.hProperties as { id?: string } | undefined)?.id;
			const container = ancestors.findLast((a) => a.type === 'mdxJsxFlowElement' && (a as any).attributes?.some((x: any) => x.name === 'lang'));
			const lang = (container as any)?.attributes.find((x: any) => x.name === 'lang')?.value;
			if (id && typeof lang === 'string') headingLangs[id] = lang;
		});

		// A marker left anywhere else is a typo (e.g. a marker in mid-paragraph): fail rather than print it.
		visit(tree, 'text', (node: Text) => {
			if (STRAY_MARKER.test(node.value)) {
				file.fail(`Misplaced citation marker in "${node.value.slice(0, 60)}": markers go at the end of a heading or the start of a paragraph`, node);
			}
		});

		const astro = ((file.data as Record<string, any>).astro ??= {});
		astro.frontmatter = { ...(astro.frontmatter ?? {}), citableIds, headingLangs };
	};
}
