import { getCollection } from 'astro:content';
import type { Lang } from '../schemas/i18n';
import type { PlanData } from '../schemas/plan';

export { splitAbbreviations, type Abbreviation, type CellPart } from './abbreviations';

/** The document's plan, if it has one (src/content/plans/{document}.yaml). */
export async function getPlan(document: string): Promise<PlanData | undefined> {
	// getCollection, not getEntry: most documents have no plan, and getEntry warns about each miss.
	return (await getCollection('plans')).find((plan) => plan.id === document)?.data;
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
