import { escapeHtml, titleWithTranslation } from './escape';
import { CITATION_WORDS, dottedDate } from './labels';
import type { CitationInput, FormattedCitation } from './types';

/**
 * ГОСТ Р 7.0.100-2018 (the bibliographic record norm in Kazakhstan and the CIS), for an electronic
 * resource on a website: the part (if any) // the document : other title information (for an act,
 * its designation) // the site : [сайт]. — URL: … (дата обращения: DD.MM.YYYY). — Текст : электронный.
 * A supplied translation of a title goes in square brackets; the area separator is ". — ". A page in
 * the site's translation names it as the translator's statement ("/ неофициальный перевод с казахского языка").
 */
export function formatGost(c: CitationInput): FormattedCitation {
	const words = CITATION_WORDS[c.lang];
	const document = [titleWithTranslation(c.title)];
	if (c.act) document.push(c.act.citedAs);
	else if (c.kind === 'thesis' && c.institution) document.push(c.institution);
	let record = document.join(' : ');
	if (c.act?.repealed) record += ` : (${words.repealed})`;
	// The translator in the statement of responsibility: here the site's own unofficial translation.
	if (c.unofficialTranslation) record += ` / ${words.unofficialTranslation}`;
	if (c.authors.length && !c.act) record += ` / ${c.authors.join(', ')}`;
	if (c.journal) record += ` // ${c.journal}. — ${c.year}`;
	else if (c.publisher) record += `. — ${c.publisher}, ${c.year}`;
	const parts = [c.part ? `${titleWithTranslation(c.part)} // ${record}` : record];
	if (c.pinpoint) parts.push(c.pinpoint.label);
	const online = c.url ? `. — URL: ${c.url} (${words.accessed}: ${dottedDate(c.accessed)})` : '';
	const text = `${parts.join('. — ')} // ${c.site} : [${words.website}]${online}. — ${words.textElectronic}.`;
	return { text, html: escapeHtml(text) };
}
