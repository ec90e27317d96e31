import type { CitationInput } from './types';

/** RIS reference type per document kind: a legal act is a statute (Zotero: "Statute"). */
const TYPES: Record<CitationInput['kind'], string> = { 'legal-act': 'STAT', report: 'RPRT', article: 'JOUR', thesis: 'THES' };

/** A RIS record (Zotero, EndNote, Mendeley), CRLF line ends as the format specifies. */
export function formatRis(c: CitationInput): string {
	const lines: [string, string][] = [['TY', c.part ? 'CHAP' : TYPES[c.kind]]];
	if (c.act) lines.push(['AU', c.act.issuer]);
	for (const author of c.authors) lines.push(['AU', author]);
	if (c.part) {
		lines.push(['TI', c.part.original], ['T2', c.title.original]);
	} else lines.push(['TI', c.title.original]);
	const translated = c.part?.translated ?? c.title.translated;
	if (translated) lines.push(['TT', translated]);
	if (c.act) {
		const [y, m, d] = c.act.date.split('-');
		lines.push(['PY', y!], ['DA', `${y}/${m}/${d}`], ['M1', c.act.number], ['M3', c.act.citedAs]);
	} else lines.push(['PY', c.year.slice(0, 4)]);
	if (c.journal) lines.push(['JO', c.journal]);
	if (c.publisher) lines.push(['PB', c.publisher]);
	if (c.institution) lines.push(['PB', c.institution]);
	if (c.pinpoint) lines.push(['SP', c.pinpoint.label]);
	if (c.unofficialTranslation) lines.push(['N1', 'Unofficial translation from Kazakh']);
	if (c.act?.repealed) lines.push(['N1', `Repealed by No. ${c.act.repealed.number}, ${c.act.repealed.date}`]);
	lines.push(['DB', c.site]);
	if (c.url) lines.push(['UR', c.url], ['Y2', c.accessed.replaceAll('-', '/')]);
	lines.push(['LA', c.documentLanguage], ['ER', '']);
	return lines.map(([tag, v]) => `${tag}  - ${v}`).join('\r\n') + '\r\n';
}
