import { createHash } from 'node:crypto';

/**
 * A translated page (src/content/translations/{lang}/{doc}/{page}.mdx) against its Kazakh page
 * (src/content/pages/{doc}/{page}.mdx), compared as MDX source, unit by unit. A unit is the text from
 * one citation marker (`[#id]`) to the next; the text before the first marker, and each footnote
 * definition (`[^N]: …`, unit `fn-N`), are units too. The two pages must have
 * - the same ids in the same order;
 * - in each unit: the same numbers (years, article and point numbers, figures — as a multiset,
 *   digit groups and decimal marks ignored: "2 222 782" = "2,222,782", "9,5" = "9.5"), the same
 *   footnote references, the same components with the same attributes (`<Sic kk=… ru=… en=…>`,
 *   `<AmendmentNote number="925">`), and the same link targets;
 * - no text left from the scaffold (`⟦…⟧`, scripts/translation.ts).
 * Pure functions of the two files' text: the build (plugins/remark-translation-alignment.ts) and the
 * command line (scripts/translation.ts) run the same check. Written without imports of the site's
 * modules, so that Node runs it directly from the scripts.
 */

/** The scaffold's mark around Kazakh text still to be translated. */
export const UNTRANSLATED_OPEN = '⟦';
export const UNTRANSLATED_CLOSE = '⟧';

export interface SourceUnit {
	/** The unit's citation id; null for the text before the first marker. */
	id: string | null;
	/** 1-based line in the whole file (frontmatter included) where the unit starts. */
	line: number;
	/** The unit's MDX source. */
	text: string;
}

export interface AlignmentProblem {
	id: string | null;
	line: number;
	message: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const MARKER = /\[#([^\]\s]+)\]/g;
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:/;

/** The MDX body of a file (after its frontmatter) and the number of lines the frontmatter takes. */
export function splitFrontmatter(file: string): { body: string; bodyLine: number } {
	const front = FRONTMATTER.exec(file)?.[0] ?? '';
	return { body: file.slice(front.length), bodyLine: front.split('\n').length - (front ? 1 : 0) + 1 };
}

/**
 * The Kazakh revision a translation follows: the first 12 hex digits of the SHA-256 of the Kazakh
 * page's body (frontmatter excluded, surrounding whitespace trimmed). Editing the Kazakh text changes
 * it, so the translation shows as stale until it is brought up to date and `follows` is updated.
 */
export function kazakhRevision(kazakhFile: string): string {
	return createHash('sha256').update(splitFrontmatter(kazakhFile).body.trim()).digest('hex').slice(0, 12);
}

/** Whether an MDX body holds nothing but whitespace and MDX comments ({/* … *\/}). */
export function isBlank(body: string): boolean {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim().length === 0;
}

/** Whether a translation file has a body (a translated text) or only frontmatter (headings for the Kazakh fallback). */
export function hasBody(file: string): boolean {
	return !isBlank(splitFrontmatter(file).body);
}

/** Cuts an MDX file's body into citable units (see the module comment). */
export function citableUnits(file: string): SourceUnit[] {
	const { body, bodyLine } = splitFrontmatter(file);
	const units: SourceUnit[] = [{ id: null, line: bodyLine, text: '' }];
	body.split('\n').forEach((lineText, index) => {
		const line = bodyLine + index;
		const footnote = FOOTNOTE_DEFINITION.exec(lineText);
		if (footnote) {
			units.push({ id: `fn-${footnote[1]}`, line, text: lineText });
			return;
		}
		const markers = [...lineText.matchAll(MARKER)];
		if (markers.length === 0 || /^#{1,6}\s/.test(lineText)) {
			// A heading's marker closes its line: the whole line is the heading's unit.
			if (markers.length > 0) units.push({ id: markers.at(-1)![1]!, line, text: lineText });
			else units.at(-1)!.text += `${lineText}\n`;
			return;
		}
		units.at(-1)!.text += `${lineText.slice(0, markers[0]!.index)}`;
		markers.forEach((marker, i) => {
			const end = markers[i + 1]?.index ?? lineText.length;
			units.push({ id: marker[1]!, line, text: lineText.slice(marker.index, end) });
		});
		units.at(-1)!.text += '\n';
	});
	return units.filter((unit) => unit.id !== null || unit.text.trim() !== '');
}

/** JSX tags, comments, markers, footnote references and link targets out: the text a reader reads. */
function readableText(mdx: string): string {
	return mdx
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
		.replace(/\[#[^\]\s]+\]/g, ' ')
		.replace(/\[\^[^\]\s]+\]:?/g, ' ')
		.replace(/\[@[^\]]*\]/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ');
}

/**
 * Every number a text states, digits only: a run of digits with digit groups ("2 222 782", with a
 * space, no-break or narrow no-break space before each group of three) and decimal marks ("9,5",
 * "9.5", "2,222") joined, so that the Kazakh, Russian and English ways of writing a number compare equal.
 */
export function numbersOf(mdx: string): string[] {
	const numbers = readableText(mdx).match(/\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*/g) ?? [];
	return numbers.map((n) => n.replace(/\D/g, ''));
}

function componentsOf(mdx: string): string[] {
	return [...mdx.matchAll(/<([A-Z][A-Za-z]*)\b[^<>]*>/g)].map((m) => m[0].replace(/\s+/g, ' ').replace(/\s*\/?>$/, '>'));
}

function footnoteReferencesOf(mdx: string): string[] {
	return [...mdx.replace(FOOTNOTE_DEFINITION, '').matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]!);
}

function linkTargetsOf(mdx: string): string[] {
	return [...mdx.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/**
 * Our translation of a title printed in Kazakh, in a references list: in square brackets right after
 * the Kazakh entry kept as printed (`<span lang="kk">…</span> [Constitution of the Republic of
 * Kazakhstan]`). It restates the entry, so it may repeat the entry's numbers (a year in a title) but
 * add none: its numbers are checked apart from the unit's.
 */
const TRANSLATED_TITLE = /(<\/span>\s*)\[([^\]]*)\](?!\()/g;

/** Items of `a` not in `b`, counting repeats (multiset difference). */
function missingFrom(a: string[], b: string[]): string[] {
	const rest = [...b];
	return a.filter((item) => {
		const i = rest.indexOf(item);
		if (i === -1) return true;
		rest.splice(i, 1);
		return false;
	});
}

function sameSequence(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

const label = (id: string | null) => (id === null ? 'the text before the first id' : `#${id}`);

/**
 * Compares a translation with its Kazakh page; returns the problems, each with the translation's line
 * and the unit's id (empty when they align).
 */
export function checkAlignment(kazakhFile: string, translationFile: string): AlignmentProblem[] {
	const source = citableUnits(kazakhFile);
	const target = citableUnits(translationFile);
	const problems: AlignmentProblem[] = [];
	const sourceIds = source.map((u) => u.id);
	const targetIds = target.map((u) => u.id);
	if (!sameSequence(sourceIds.map(String), targetIds.map(String))) {
		const at = sourceIds.findIndex((id, i) => id !== targetIds[i]);
		const missing = sourceIds.filter((id) => !targetIds.includes(id));
		const extra = targetIds.filter((id) => !sourceIds.includes(id));
		const unit = target[at] ?? target.at(-1);
		const details = [
			missing.length > 0 && `missing ${missing.map(label).join(', ')}`,
			extra.length > 0 && `not in the Kazakh page ${extra.map(label).join(', ')}`,
			missing.length === 0 && extra.length === 0 && `out of order: ${label(targetIds[at] ?? null)} where the Kazakh page has ${label(sourceIds[at] ?? null)}`,
		].filter(Boolean);
		problems.push({ id: unit?.id ?? null, line: unit?.line ?? 1, message: `citation ids differ from the Kazakh page's: ${details.join('; ')}` });
		return problems;
	}
	source.forEach((kk, i) => {
		const tr = target[i]!;
		const report = (message: string) => problems.push({ id: tr.id, line: tr.line, message: `${label(tr.id)}: ${message}` });
		if (tr.text.includes(UNTRANSLATED_OPEN) || tr.text.includes(UNTRANSLATED_CLOSE)) {
			report(`text left untranslated from the scaffold (${UNTRANSLATED_OPEN}…${UNTRANSLATED_CLOSE})`);
		}
		const [kkNumbers, trNumbers] = [numbersOf(kk.text), numbersOf(tr.text.replace(TRANSLATED_TITLE, '$1'))];
		const missing = missingFrom(kkNumbers, trNumbers);
		const extra = missingFrom(trNumbers, kkNumbers);
		if (missing.length > 0 || extra.length > 0) {
			report(`numbers differ from the Kazakh unit's (${[missing.length > 0 && `missing ${missing.join(', ')}`, extra.length > 0 && `not in the Kazakh ${extra.join(', ')}`].filter(Boolean).join('; ')})`);
		}
		const titleExtra = [...tr.text.matchAll(TRANSLATED_TITLE)].flatMap((m) => numbersOf(m[2]!)).filter((n) => !kkNumbers.includes(n));
		if (titleExtra.length > 0) report(`a translated title in [ ] has numbers the Kazakh entry does not (${titleExtra.join(', ')})`);
		const [kkNotes, trNotes] = [footnoteReferencesOf(kk.text), footnoteReferencesOf(tr.text)];
		if (!sameSequence(kkNotes, trNotes)) report(`footnote references differ: Kazakh [${kkNotes.join(', ')}], translation [${trNotes.join(', ')}]`);
		const [kkComponents, trComponents] = [componentsOf(kk.text), componentsOf(tr.text)];
		if (!sameSequence(kkComponents, trComponents)) {
			const at = kkComponents.findIndex((c, j) => c !== trComponents[j]);
			report(`components differ: the Kazakh has ${kkComponents[at] ?? 'nothing more'} where the translation has ${trComponents[at] ?? 'nothing'} (copy components with their attributes unchanged)`);
		}
		const [kkLinks, trLinks] = [linkTargetsOf(kk.text), linkTargetsOf(tr.text)];
		if (!sameSequence(kkLinks, trLinks)) report(`link targets differ: Kazakh (${kkLinks.join(', ')}), translation (${trLinks.join(', ')})`);
	});
	return problems;
}
