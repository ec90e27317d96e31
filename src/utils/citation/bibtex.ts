import type { CitationInput } from './types';

/** Braces and backslashes are BibTeX syntax; everything else (UTF-8) is left to biber/BibTeX 8-bit. */
const value = (text: string) => text.replace(/\\/g, '\\textbackslash{}').replace(/[{}]/g, (ch) => `\\${ch}`);

/**
 * A BibTeX/biblatex entry. Acts and websites are @misc (BibTeX has no legislation type); a report is
 * @techreport, an article @article, a thesis @mastersthesis. An issuing body is a corporate author,
 * so it is double-braced. `urldate` is biblatex's access date.
 */
export function formatBibtex(c: CitationInput): string {
	const type = c.act ? 'misc' : { report: 'techreport', article: 'article', thesis: 'mastersthesis', 'legal-act': 'misc' }[c.kind];
	const fields: [string, string][] = [];
	if (c.act) fields.push(['author', `{${value(c.act.issuer)}}`]);
	else if (c.authors.length) fields.push(['author', c.authors.map(value).join(' and ')]);
	const title = c.part ? `${c.part.original}` : c.title.original;
	fields.push(['title', value(title)]);
	if (c.part) fields.push(['booktitle', value(c.title.original)]);
	const translated = c.part?.translated ?? c.title.translated;
	if (translated) fields.push(['titleaddon', value(`[${translated}]`)]);
	if (c.act) {
		fields.push(['year', c.act.date.slice(0, 4)], ['date', c.act.date], ['number', c.act.number], ['type', value(c.act.citedAs)]);
	} else fields.push(['year', value(c.year)]);
	if (c.journal) fields.push(['journal', value(c.journal)]);
	if (c.publisher) fields.push([c.kind === 'report' ? 'institution' : 'publisher', value(c.publisher)]);
	if (c.institution) fields.push(['school', value(c.institution)]);
	if (c.pinpoint) fields.push(['pages', value(c.pinpoint.label)]);
	const notes = [c.unofficialTranslation && 'unofficial translation from Kazakh', c.act?.repealed && `repealed by No. ${c.act.repealed.number}, ${c.act.repealed.date}`].filter(Boolean);
	if (notes.length > 0) fields.push(['note', value(notes.join('; '))]);
	fields.push(['howpublished', value(c.site)]);
	if (c.url) fields.push(['url', c.url], ['urldate', c.accessed]);
	fields.push(['langid', { kk: 'kazakh', ru: 'russian', en: 'english' }[c.documentLanguage] ?? c.documentLanguage]);
	const key = c.key + (c.pinpoint ? `-${c.pinpoint.id}` : '');
	return `@${type}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}
