import type { ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { LANGS, SOURCE_LANG, type Lang } from '../schemas/i18n';
import type { LinkableTerm } from '../matching/glossary-terms';
import { TermMatcher, type TermMatch } from '../matching/term-matcher';

/** A place the linker linked a term: the page's citable unit (the nearest element with an id) and the words around it. */
export interface GlossaryOccurrence {
	term: string;
	/** The id of the citable unit (paragraph, point, footnote, table cell's row…) that holds it; null if none. */
	unit: string | null;
	/** The matched words, and up to EXCERPT_CONTEXT characters of the text on each side. */
	before: string;
	match: string;
	after: string;
}

/** Elements whose text is never linked: headings, links, code, and raised/lowered numbers. */
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'sup', 'sub', 'abbr', 'dfn']);
/** Content components whose text is not the document's running text (the site's notes, a misprint kept as printed, signatures, formulas). */
const SKIP_COMPONENTS = new Set(['Sic', 'EditorialNote', 'Signature', 'ApprovalStamp', 'Equation']);
const EXCERPT_CONTEXT = 80;

type Ancestor = Root | Extract<RootContent, { children: unknown }>;

/** An ancestor's language attribute (`lang`), for HTML elements and MDX JSX elements alike. */
function langOf(node: Ancestor): string | undefined {
	if (node.type === 'element') return typeof node.properties.lang === 'string' ? node.properties.lang : undefined;
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang');
		return typeof attribute?.value === 'string' ? attribute.value : undefined;
	}
	return undefined;
}

/** Whether text under this ancestor is left alone: see SKIP_TAGS, SKIP_COMPONENTS; text in another language. */
function isExcluded(node: Ancestor, lang: Lang): boolean {
	const other = langOf(node);
	if (other && other !== lang) return true;
	if (node.type === 'element') return SKIP_TAGS.has(node.tagName) || 'dataTerm' in node.properties;
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP_COMPONENTS.has(node.name ?? '') || SKIP_TAGS.has(node.name ?? '');
	return false;
}

const unitOf = (ancestors: Ancestor[]): string | null => {
	for (let i = ancestors.length - 1; i >= 0; i--) {
		const node = ancestors[i]!;
		if (node.type === 'element' && typeof node.properties.id === 'string') return node.properties.id;
	}
	return null;
};

/** Where an MDX file's page is: src/content/pages/{document}/{page}.mdx. */
function pageOfFile(file: VFile): string | undefined {
	const match = /src\/content\/pages\/([^/]+)\/([^/]+)\.mdx?$/.exec(file.path ?? '');
	return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * Links the glossary's terms in a document's text, at build time: the first occurrence of each term
 * in each citable unit (the nearest element with an id) becomes a link to the term's page,
 * `<a href="/kk/glossary/{id}/" data-term="{id}">` (components/content/ContentLink.astro puts it in the
 * reader's language and adds the preview). Any inflected form counts (matching/term-matcher.ts, in
 * the body's language: the frontmatter's `lang`, Kazakh by default). Never inside headings, links,
 * code, another term, text in another language, or the components in SKIP_COMPONENTS; never a term
 * in the places that define or list it (its own glossary entry).
 *
 * What it linked is exported as `frontmatter.glossaryOccurrences` (GlossaryOccurrence[]): the term
 * pages list them as backlinks, so a backlink exists exactly where a link does.
 */
export function rehypeGlossaryLinks({ terms }: { terms: LinkableTerm[] }) {
	const matchers = new Map(LANGS.map((lang) => [lang, new TermMatcher(lang, terms.flatMap((term) => term.forms[lang]))]));
	const homes = new Map(terms.map((term) => [term.id, new Set(term.home.map((place) => `${place.document}/${place.page}#${place.id}`))]));
	return (tree: Root, file: VFile) => {
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter ??= {};
		const lang = (LANGS as readonly string[]).includes(astro.frontmatter.lang as string) ? (astro.frontmatter.lang as Lang) : SOURCE_LANG;
		const matcher = matchers.get(lang)!;
		const page = pageOfFile(file);
		const linked = new Set<string>(); // unit + term
		const occurrences: GlossaryOccurrence[] = [];
		const edits: { node: Text; parent: Ancestor; matches: TermMatch[] }[] = [];

		visitParents(tree, 'text', (node: Text, ancestors: Ancestor[]) => {
			if (ancestors.some((a) => isExcluded(a, lang))) return;
			const unit = unitOf(ancestors);
			const matches = matcher.find(node.value).filter((m) => {
				if (page && homes.get(m.term)?.has(`${page}#${unit}`)) return false;
				const key = `${unit}\u0000${m.term}`;
				if (linked.has(key)) return false;
				linked.add(key);
				return true;
			});
			if (matches.length === 0) return;
			edits.push({ node, parent: ancestors.at(-1)!, matches });
			for (const m of matches) {
				occurrences.push({
					term: m.term,
					unit,
					before: node.value.slice(Math.max(0, m.start - EXCERPT_CONTEXT), m.start).replace(/^\S*\s/, ''),
					match: node.value.slice(m.start, m.end),
					after: node.value.slice(m.end, m.end + EXCERPT_CONTEXT).replace(/\s\S*$/, ''),
				});
			}
		});

		for (const { node, parent, matches } of edits) {
			const pieces: ElementContent[] = [];
			let done = 0;
			for (const m of matches) {
				if (m.start > done) pieces.push({ type: 'text', value: node.value.slice(done, m.start) });
				pieces.push({ type: 'element', tagName: 'a', properties: { href: `/${SOURCE_LANG}/glossary/${m.term}/`, dataTerm: m.term }, children: [{ type: 'text', value: node.value.slice(m.start, m.end) }] });
				done = m.end;
			}
			if (done < node.value.length) pieces.push({ type: 'text', value: node.value.slice(done) });
			const children = parent.children as RootContent[];
			children.splice(children.indexOf(node), 1, ...(pieces as RootContent[]));
		}
		astro.frontmatter.glossaryOccurrences = occurrences;
	};
}
