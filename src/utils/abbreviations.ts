import type { PlanData } from '../schemas/plan';

export type Abbreviation = PlanData['abbreviations'][number];

/** A cell's text cut into plain runs and known abbreviations, for <abbr> markup. */
export type CellPart = string | Abbreviation;

// An abbreviation as printed in the plans: a word of Cyrillic letters with at least two capitals
// (КДА, ТурСА, ҚарМ, ӘдМ). Ordinary capitalised words (Астана, Отбасы) have one.
const UPPER = 'А-ЯЁӘҒҚҢӨҰҮҺІ';
const ABBREVIATION_LIKE = new RegExp(`(?<![\\p{L}])(?=(?:[^\\s,()]*[${UPPER}]){2})[${UPPER}][\\p{L}]*(?![\\p{L}])`, 'gu');

/** Splits a cell's text at the abbreviations of the key; throws on an abbreviation the key lacks. */
export function splitAbbreviations(text: string, key: readonly Abbreviation[], where: string): CellPart[] {
	const byAbbr = new Map(key.map((a) => [a.abbr, a]));
	const parts: CellPart[] = [];
	let last = 0;
	for (const match of text.matchAll(ABBREVIATION_LIKE)) {
		const entry = byAbbr.get(match[0]);
		if (!entry) throw new Error(`${where}: abbreviation "${match[0]}" has no entry in "abbreviations"`);
		if (match.index > last) parts.push(text.slice(last, match.index));
		parts.push(entry);
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}
