import { excerpt, type GlossaryOccurrence } from '../plugins/rehype-glossary-links';
import { SOURCE_LANG, type Lang } from '../schemas/i18n';
import type { PlanData } from '../schemas/plan';
import { linkTermsInUnit, type TermTextPart } from './term-links';

/** A plan row's texts with their glossary terms: measure and form (the responsible bodies are abbreviations, linked to the key). */
export interface PlanRowTerms {
	measure: TermTextPart[];
	form: TermTextPart[];
}

/**
 * The glossary terms in every row of an action plan, by the row's id: in its Kazakh cells, or in its
 * cells in `lang` (a plan whose cells are translated: utils/plans.ts, hasPlanCells).
 */
export async function planTermParts(plan: PlanData, lang: Lang = SOURCE_LANG): Promise<Map<string, PlanRowTerms>> {
	const rows = new Map<string, PlanRowTerms>();
	for (const item of plan.groups.flatMap((group) => group.items)) {
		if ('deleted' in item) continue;
		const cells = lang === SOURCE_LANG ? item : item[lang];
		if (!cells) throw new Error(`plan item ${item.number} has no ${lang} cells`);
		const [measure, form] = await linkTermsInUnit([cells.measure, item.formIsDitto ? '' : cells.form], lang);
		rows.set(item.id, { measure: measure!, form: form! });
	}
	return rows;
}

/** What the plan's rows link, as the Markdown linker reports what it links: for the term pages' backlinks. */
export async function planTermOccurrences(plan: PlanData): Promise<GlossaryOccurrence[]> {
	const occurrences: GlossaryOccurrence[] = [];
	for (const [id, row] of await planTermParts(plan)) {
		for (const parts of [row.measure, row.form]) {
			const text = parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
			let at = 0;
			for (const part of parts) {
				const length = (typeof part === 'string' ? part : part.text).length;
				if (typeof part !== 'string') occurrences.push({ term: part.term, unit: id, ...excerpt(text, { start: at, end: at + length }) });
				at += length;
			}
		}
	}
	return occurrences;
}
