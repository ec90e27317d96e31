import type { Lang } from '../schemas/i18n';
import { linkableTerm } from '../matching/glossary-terms';
import { TermMatcher } from '../matching/term-matcher';
import { getGlossary } from './glossary';

/** A piece of text: plain, or a glossary term's words to link to its page. */
export type TermTextPart = string | { term: string; text: string };

const matchers = new Map<Lang, Promise<TermMatcher>>();

/** The glossary's matcher for a language: the one the Markdown linker builds, from the same entries. */
function matcherFor(lang: Lang): Promise<TermMatcher> {
	if (!matchers.has(lang) || !import.meta.env.PROD) {
		matchers.set(lang, getGlossary().then((entries) => new TermMatcher(lang, entries.flatMap((entry) => linkableTerm(entry.id, entry.data).forms[lang]))));
	}
	return matchers.get(lang)!;
}

/**
 * Glossary terms in the texts of one citable unit that a component renders from data (an action
 * plan's row: its measure and form), for the same linking as the Markdown linker does
 * (plugins/rehype-glossary-links.ts): the first occurrence of each term in the unit, in any form.
 * Each text comes back cut into parts.
 */
export async function linkTermsInUnit(texts: string[], lang: Lang): Promise<TermTextPart[][]> {
	const matcher = await matcherFor(lang);
	const seen = new Set<string>();
	return texts.map((text) => {
		const parts: TermTextPart[] = [];
		let done = 0;
		for (const match of matcher.find(text)) {
			if (seen.has(match.term)) continue;
			seen.add(match.term);
			if (match.start > done) parts.push(text.slice(done, match.start));
			parts.push({ term: match.term, text: text.slice(match.start, match.end) });
			done = match.end;
		}
		if (done < text.length) parts.push(text.slice(done));
		return parts;
	});
}
