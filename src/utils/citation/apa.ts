import { escapeHtml } from './escape';
import { dayMonth, formatDate } from '../format';
import { CITATION_WORDS } from './labels';
import type { CitationInput, FormattedCitation } from './types';

/**
 * APA 7: Author. (Date). *Title* [Translated title] (Number). Site. Retrieved {date}, from URL.
 * A legal act's author is its issuing body and its date the adoption date; the access date is given
 * because the cited page may change. A part is cited as the part "in" the document.
 */
export function formatApa(c: CitationInput): FormattedCitation {
	const words = CITATION_WORDS[c.lang];
	const author = c.act ? c.act.issuer : c.authors.length ? c.authors.join(', ') : c.publisher ?? c.site;
	const date = c.act ? apaDate(c.act.date, c.lang) : c.year || words.noDate;
	const translated = (t?: string) => (t ? ` [${t}]` : '');
	// A page in the site's translation: APA's bracketed description of the form, after the title.
	const form = c.unofficialTranslation ? ` [${words.unofficialTranslation}]` : '';
	const locator = [c.act?.citedAs, c.pinpoint?.label].filter(Boolean).join(', ');
	const tail = `${form}${locator ? ` (${locator})` : ''}. ${c.site}.${c.url ? ` ${words.retrieved(retrievalDate(c.accessed, c.lang), c.url)}` : ''}`;
	if (c.part) {
		const text = `${author}. (${date}). ${c.part.original}${translated(c.part.translated)}. ${words.in} ${c.title.original}${translated(c.title.translated)}${tail}`;
		const html = `${escapeHtml(author)}. (${escapeHtml(date)}). ${escapeHtml(c.part.original + translated(c.part.translated))}. ${words.in} <i>${escapeHtml(c.title.original)}</i>${escapeHtml(translated(c.title.translated) + tail)}`;
		return { text, html };
	}
	const text = `${author}. (${date}). ${c.title.original}${translated(c.title.translated)}${tail}`;
	const html = `${escapeHtml(author)}. (${escapeHtml(date)}). <i>${escapeHtml(c.title.original)}</i>${escapeHtml(translated(c.title.translated) + tail)}`;
	return { text, html };
}

/** APA's "(2001, October 29)". */
function apaDate(iso: string, lang: CitationInput['lang']): string {
	return `${iso.slice(0, 4)}, ${dayMonth(iso, lang)}`;
}

/** The access date: "November 21, 2026" in English, as APA writes it; kk and ru as their readers do ("2026 жылғы 21 қараша"). */
function retrievalDate(iso: string, lang: CitationInput['lang']): string {
	return lang === 'en' ? `${dayMonth(iso, lang)}, ${iso.slice(0, 4)}` : formatDate(iso, lang);
}
