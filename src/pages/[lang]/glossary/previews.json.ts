import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../schemas/i18n';
import { useTranslations } from '../../../dictionaries';
import { getGlossary, type GlossaryTerm } from '../../../utils/glossary';

/**
 * /{lang}/glossary/previews.json: what a term link's preview card (client/term-preview.ts) shows, for
 * every term, in the reader's language. Fetched once, on a page's first interaction with a term link.
 * Kept small: per term only its headword and abbreviation in each language and the definition in the
 * reader's language (the rest is on the term page); the card's labels come with it, so that pages
 * carry no strings for a card most readers never open.
 */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

/** A term's headword in one language, with its abbreviation where that language has one. */
export type PreviewName = [term: string, abbreviation?: string];

export interface TermPreviews {
	lang: Lang;
	labels: { open: string; langs: Record<Lang, string> };
	/** By term id: its name in each language and its definition in the reader's language. */
	terms: Record<string, { names: Record<Lang, PreviewName>; definition: string }>;
}

function nameIn(data: GlossaryTerm['data'], lang: Lang): PreviewName {
	const abbreviation = data.abbreviation?.[lang];
	return abbreviation ? [data.term[lang], abbreviation] : [data.term[lang]];
}

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
	const t = useTranslations(lang);
	const entries = await getGlossary();
	const previews: TermPreviews = {
		lang,
		labels: { open: t('glossary.preview.open'), langs: { kk: t('lang.kk'), ru: t('lang.ru'), en: t('lang.en') } },
		terms: Object.fromEntries(
			entries.map(({ id, data }) => [
				id,
				{
					names: { kk: nameIn(data, 'kk'), ru: nameIn(data, 'ru'), en: nameIn(data, 'en') },
					definition: data.definition[lang],
				},
			]),
		),
	};
	return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
