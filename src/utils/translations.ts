import fs from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/i18n';
import { isBlank, kazakhRevision } from '../checks/translation-alignment';
import type { PageEntry } from './content';

export type TranslationEntry = CollectionEntry<'translations'>;
export type TargetLang = Exclude<Lang, 'kk'>;

/** A page in a language other than Kazakh: its translated text, or the headings shown over the Kazakh text. */
export type PageTranslation =
	| {
			kind: 'translated';
			entry: TranslationEntry;
			/** The Kazakh body has changed since the translation was made (its `follows` is an older revision). */
			stale: boolean;
	  }
	| {
			kind: 'fallback';
			/** The Kazakh body's headings in this language, by id. */
			headings: Record<string, string>;
	  };

const translationFile = (entry: TranslationEntry) => `src/content/translations/${entry.id}.mdx`;

/**
 * Every translation file by "{lang}/{document}/{page}", checked once: its page must exist; a file
 * with a body needs `follows` and no `headings`; a file without one is only `headings`.
 * (Alignment with the Kazakh page is checked while the MDX compiles: plugins/remark-translation-alignment.ts.)
 */
async function loadTranslations(): Promise<Map<string, TranslationEntry>> {
	const [entries, pages] = await Promise.all([getCollection('translations'), getCollection('pages')]);
	const pageIds = new Set(pages.map((p) => p.id));
	for (const entry of entries) {
		const [, document, page] = entry.id.split('/');
		if (!pageIds.has(`${document}/${page}`)) {
			throw new Error(`${translationFile(entry)}: there is no Kazakh page src/content/pages/${document}/${page}.mdx to translate`);
		}
		const translated = !isBlank(entry.body ?? '');
		if (translated && !entry.data.follows) {
			throw new Error(`${translationFile(entry)}: a translated page needs "follows" (the Kazakh revision it was made from; npm run translation -- status)`);
		}
		if (translated && Object.keys(entry.data.headings).length > 0) {
			throw new Error(`${translationFile(entry)}: a translated page has its headings in its body; remove "headings" from the frontmatter`);
		}
	}
	return new Map(entries.map((entry) => [entry.id, entry]));
}

let translations: Promise<Map<string, TranslationEntry>> | undefined;
/** Each Kazakh page's current revision, read and hashed once per build (every page asks for its document's pages). */
const revisions = new Map<string, string>();

function currentRevision(page: PageEntry): string {
	if (!revisions.has(page.id) || !import.meta.env.PROD) {
		revisions.set(page.id, kazakhRevision(fs.readFileSync(page.filePath ?? `src/content/pages/${page.id}.mdx`, 'utf8')));
	}
	return revisions.get(page.id)!;
}

/** The translation of a Kazakh page into `lang`, or the headings its Kazakh fallback is shown with. */
export async function getPageTranslation(page: PageEntry, lang: TargetLang): Promise<PageTranslation> {
	// Once per production build; the dev server must see edits.
	if (!translations || !import.meta.env.PROD) translations = loadTranslations();
	const entry = (await translations).get(`${lang}/${page.id}`);
	if (entry && !isBlank(entry.body ?? '')) {
		return { kind: 'translated', entry, stale: entry.data.follows !== currentRevision(page) };
	}
	return { kind: 'fallback', headings: entry?.data.headings ?? {} };
}

/** Where a page's translation is written (for messages and `data-source-file`). */
export function translationPath(lang: TargetLang, page: PageEntry): string {
	return `src/content/translations/${lang}/${page.id}.mdx`;
}

/** A language a document's text can be read in: complete, or some pages only. */
export interface TextLanguage {
	lang: Lang;
	complete: boolean;
}

/**
 * The languages of a document's text: Kazakh, and each language into which at least one of its text
 * pages is translated (complete when all are; pages generated in the reader's language count as done).
 */
export async function textLanguages(pages: PageEntry[]): Promise<TextLanguage[]> {
	const textPages = pages.filter((page) => page.data.body !== 'generated');
	const languages: TextLanguage[] = [{ lang: 'kk', complete: true }];
	for (const lang of ['ru', 'en'] as const) {
		const translated = (await Promise.all(textPages.map((page) => getPageTranslation(page, lang)))).filter((t) => t.kind === 'translated').length;
		if (translated > 0) languages.push({ lang, complete: translated === textPages.length });
	}
	return languages;
}

/**
 * The entry holding a page's text in a language, for the side-by-side view: the Kazakh page itself,
 * or its translation; undefined where there is none (a generated body is no text of its own).
 */
export async function pageText(page: PageEntry, lang: Lang): Promise<PageEntry | TranslationEntry | undefined> {
	if (page.data.body === 'generated') return undefined;
	if (lang === 'kk') return page;
	const translation = await getPageTranslation(page, lang);
	return translation.kind === 'translated' ? translation.entry : undefined;
}

/** The languages a page's text exists in, Kazakh first. */
export async function pageTextLanguages(page: PageEntry): Promise<Lang[]> {
	const langs: Lang[] = [];
	for (const lang of ['kk', 'ru', 'en'] as const) if (await pageText(page, lang)) langs.push(lang);
	return langs;
}

/** The route (language-neutral) of a page's side-by-side view with `other` beside the reader's language. */
export function parallelRoute(document: string, page: string, other: Lang): string {
	return `${document}/${page}/parallel/${other}`;
}
