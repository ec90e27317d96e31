import { getCollection } from 'astro:content';
import type { Lang } from '../schemas/i18n';
import type { PlanData } from '../schemas/plan';
import { numbersOf } from '../checks/translation-alignment';
import { splitAbbreviations } from './abbreviations';

export { splitAbbreviations, type Abbreviation, type CellPart } from './abbreviations';

/** The document's plan, if it has one (src/content/plans/{document}.yaml); its translations checked. */
export async function getPlan(document: string): Promise<PlanData | undefined> {
	// getCollection, not getEntry: most documents have no plan, and getEntry warns about each miss.
	const plan = (await getCollection('plans')).find((entry) => entry.id === document)?.data;
	if (plan) checkPlanTranslations(plan, `src/content/plans/${document}.yaml`);
	return plan;
}

const CELLS = ['measure', 'form', 'responsible', 'deadline'] as const;
type TranslatedLang = 'ru' | 'en';

/** Whether the plan's cells are given in a language (all items or none: checkPlanTranslations). */
export function hasPlanCells(plan: PlanData, lang: Lang): lang is TranslatedLang {
	if (lang === 'kk') return false;
	return plan.groups.some((group) => group.items.some((item) => ('deleted' in item ? item.deleted[lang] : item[lang])));
}

/**
 * A plan's ru/en cells, like a translated page (checks/translation-alignment.ts): given for every
 * item or none, every number of each Kazakh cell in its translation and none added, and the
 * responsible bodies' abbreviations as printed. Throws naming the file, item and cell.
 */
export function checkPlanTranslations(plan: PlanData, file: string) {
	const items = plan.groups.flatMap((group) => group.items);
	for (const lang of ['ru', 'en'] as const) {
		const given = items.filter((item) => ('deleted' in item ? item.deleted[lang] : item[lang]));
		if (given.length === 0) continue;
		const missing = items.find((item) => !given.includes(item));
		if (missing) throw new Error(`${file}: item ${missing.number} has no "${lang}" cells, but other items have: give every item's ${lang} cells, or none`);
		for (const item of items) {
			const pairs: [string, string, string][] =
				'deleted' in item ? [['deleted', item.deleted.text, item.deleted[lang]!]] : CELLS.map((cell) => [cell, item[cell], item[lang]![cell]]);
			for (const [cell, kazakh, translated] of pairs) {
				const [a, b] = [numbersOf(kazakh).sort(), numbersOf(translated).sort()];
				if (a.join() !== b.join()) {
					throw new Error(`${file}: item ${item.number}, ${lang}.${cell}: the numbers differ from the Kazakh cell's (Kazakh: ${a.join(', ') || 'none'}; ${lang}: ${b.join(', ') || 'none'})`);
				}
			}
			if (!('deleted' in item)) {
				const abbreviations = (text: string) =>
					splitAbbreviations(text, plan.abbreviations, `${file}: item ${item.number}, ${lang}.responsible`)
						.filter((part) => typeof part !== 'string')
						.map((part) => part.abbr)
						.join(', ');
				if (abbreviations(item.responsible) !== abbreviations(item[lang]!.responsible)) {
					throw new Error(`${file}: item ${item.number}, ${lang}.responsible: keep the abbreviations as printed (${abbreviations(item.responsible)})`);
				}
			}
		}
	}
}

/**
 * What a plan adds to its page's outline: its groups and the abbreviation key as headings (for the
 * on-page contents), and every id it renders (for fragment forwarding and the id contract).
 */
export function planOutline(plan: PlanData, lang: Lang, abbreviationsHeading: string) {
	const headings = [
		...plan.groups.map((g) => ({ id: g.id, depth: 2, text: `${g.number} ${g.title[lang]}`, original: `${g.number} ${g.title.kk}` })),
		{ id: PLAN_KEY_ID, depth: 2, text: abbreviationsHeading, original: abbreviationsHeading },
	];
	const ids = [
		...plan.groups.flatMap((g) => [g.id, ...g.items.map((item) => item.id)]),
		PLAN_KEY_ID,
		...plan.abbreviations.map((a) => a.id),
	];
	return { headings, ids };
}

/** Id of the heading of a plan's abbreviation key. */
export const PLAN_KEY_ID = 'abbreviations';
