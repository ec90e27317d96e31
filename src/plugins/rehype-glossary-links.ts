import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { LANGS, SOURCE_LANG, type Lang } from '../schemas/i18n';
import type { LinkableTerm } from '../matching/glossary-terms';
import { TermMatcher, type TermMatch } from '../matching/term-matcher';

/** A place the linker linked a term: the page's citable unit (the nearest element with an id) and the words around it. */
export interface GlossaryOccurrence {
	term: string;
	/** The id of the citable unit (paragraph, point, footnote…) that holds it, else of the nearest one before it; null if none. */
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

/** Block elements: a term is linked once per block, and per citable unit when the block is inside one. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'figcaption', 'caption']);

/** The element a text belongs to for "first occurrence only": the nearest with an id, else the nearest block. */
function unitElementOf(ancestors: Ancestor[]): Ancestor {
	for (let i = ancestors.length - 1; i >= 0; i--) {
		const node = ancestors[i]!;
		if (node.type === 'element' && typeof node.properties.id === 'string') return node;
	}
	for (let i = ancestors.length - 1; i >= 0; i--) {
		const node = ancestors[i]!;
		if (node.type === 'element' && BLOCKS.has(node.tagName)) return node;
	}
	return ancestors[0]!;
}

/** The matched words and the text around them, cut at whole words where the text goes on (the backlinks' excerpts). */
export function excerpt(text: string, { start, end }: Pick<TermMatch, 'start' | 'end'>): Pick<GlossaryOccurrence, 'before' | 'match' | 'after'> {
	const from = Math.max(0, start - EXCERPT_CONTEXT);
	const to = end + EXCERPT_CONTEXT;
	const before = text.slice(from, start);
	const after = text.slice(end, to);
	return { before: from > 0 ? before.replace(/^\S*\s/, '') : before, match: text.slice(start, end), after: to < text.length ? after.replace(/\s\S*$/, '') : after };
}

/**
 * Where an MDX file's page is, "{document}/{page}", and its language: src/content/pages/{document}/{page}.mdx
 * (Kazakh) or src/content/translations/{lang}/{document}/{page}.mdx.
 */
function pageOfFile(file: VFile): { page: string; lang?: Lang } | undefined {
	const path = (file.path ?? '').replaceAll('\\', '/');
	const kazakh = /src\/content\/pages\/([^/]+)\/([^/]+)\.mdx?$/.exec(path);
	if (kazakh) return { page: `${kazakh[1]}/${kazakh[2]}`, lang: SOURCE_LANG };
	const translated = /src\/content\/translations\/([^/]+)\/([^/]+)\/([^/]+)\.mdx?$/.exec(path);
	if (translated && (LANGS as readonly string[]).includes(translated[1]!)) return { page: `${translated[2]}/${translated[3]}`, lang: translated[1] as Lang };
	return undefined;
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
	/** The documents' own glossary and abbreviation entries (`listedAt`): place → the site's term. */
	const listed = new Map(terms.flatMap((term) => term.listedAt.map((place) => [`${place.document}/${place.page}#${place.id}`, term.id] as const)));
	return (tree: Root, file: VFile) => {
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter ??= {};
		const place = pageOfFile(file);
		// The file's folder says its language; a file elsewhere (tests) may say it in frontmatter `lang`.
		const lang = place?.lang ?? ((LANGS as readonly string[]).includes(astro.frontmatter.lang as string) ? (astro.frontmatter.lang as Lang) : SOURCE_LANG);
		const matcher = matchers.get(lang)!;
		const page = place?.page;
		const linked = new Map<Ancestor, Set<string>>(); // unit element → terms linked in it
		const occurrences: GlossaryOccurrence[] = [];
		const edits: { node: Text; parent: Ancestor; matches: TermMatch[] }[] = [];
		// The last id seen in document order: where a backlink to text in a block without an id points.
		let lastId: string | null = null;

		visitParents(tree, (node, ancestors: Ancestor[]) => {
			if (node.type === 'element' && typeof node.properties.id === 'string') lastId = node.properties.id;
			if (node.type !== 'text' || ancestors.some((a) => isExcluded(a, lang))) return;
			const unitElement = unitElementOf(ancestors);
			const unit = unitElement.type === 'element' && typeof unitElement.properties.id === 'string' ? unitElement.properties.id : lastId;
			if (!linked.has(unitElement)) linked.set(unitElement, new Set());
			const done = linked.get(unitElement)!;
			const matches = matcher.find(node.value).filter((m) => {
				if (page && homes.get(m.term)?.has(`${page}#${unit}`)) return false;
				if (done.has(m.term)) return false;
				done.add(m.term);
				return true;
			});
			if (matches.length === 0) return;
			edits.push({ node, parent: ancestors.at(-1)!, matches });
			for (const m of matches) {
				occurrences.push({ term: m.term, unit, ...excerpt(node.value, m) });
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
		if (page) linkListedEntries(tree, page, listed);
		astro.frontmatter.glossaryOccurrences = occurrences;
	};
}

/**
 * "One glossary, two layers": each entry of a document's own glossary or list of abbreviations that a
 * site term lists (`listedAt`) links to that term — a heading (gl-N) by a line after it, a paragraph
 * (abbr-N) at its end. The link's words are the reader's language's (`data-ui-text`, put in by
 * components/content/ContentLink.astro).
 */
function linkListedEntries(tree: Root, page: string, listed: Map<string, string>) {
	const link = (term: string): Element => ({
		type: 'element',
		tagName: 'a',
		// Not searched: the same words by every listed entry.
		properties: { href: `/${SOURCE_LANG}/glossary/${term}/`, dataTermRef: term, dataUiText: 'glossary.siteTerm', dataPagefindIgnore: '' },
		children: [{ type: 'text', value: term }],
	});
	visitParents(tree, 'element', (node: Element, ancestors: Ancestor[]) => {
		const term = typeof node.properties.id === 'string' ? listed.get(`${page}#${node.properties.id}`) : undefined;
		if (!term) return;
		if (/^h[1-6]$/.test(node.tagName)) {
			const parent = ancestors.at(-1)!;
			const children = parent.children as RootContent[];
			children.splice(children.indexOf(node) + 1, 0, { type: 'element', tagName: 'p', properties: { className: ['glossary-term-ref'] }, children: [link(term)] });
			return SKIP;
		}
		node.children.push({ type: 'text', value: ' ' }, link(term));
		return SKIP;
	});
}
