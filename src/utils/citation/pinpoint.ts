import type { Lang } from '../../schemas/i18n';

/** Words for the kinds of citable place, per reader language. */
const WORDS: Record<Lang, { point: (n: string) => string; item: (n: string) => string; section: (n: string) => string; para: (n: string) => string }> = {
	kk: { point: (n) => `${n}-тармақ`, item: (n) => `${n}-тармақ`, section: (n) => `${n}-бөлім`, para: (n) => `${n}-абзац` },
	ru: { point: (n) => `п. ${n}`, item: (n) => `п. ${n}`, section: (n) => `разд. ${n}`, para: (n) => `абз. ${n}` },
	en: { point: (n) => `point ${n}`, item: (n) => `item ${n}`, section: (n) => `section ${n}`, para: (n) => `para. ${n}` },
};

/**
 * A human locator for a citation id, from the id contract (ARCHITECTURE.md): p-2 → "п. 2",
 * plan-1-1-6 → "п. 1.1.6", s-3-1 → "разд. 3.1", s-1-1-para-3 → "разд. 1.1, абз. 3". Ids that follow
 * no numbered pattern (s-3-transitional-2, passport-goal) are named by their heading's text, which
 * `headingText` looks up (in the browser: the element's text; undefined when there is none).
 */
export function pinpointLabel(id: string, lang: Lang, headingText: (id: string) => string | undefined): string {
	const w = WORDS[lang];
	const para = /^(.*)-para-(\d+)$/.exec(id);
	if (para) {
		const block = para[1]!;
		const blockLabel = pinpointLabel(block, lang, headingText);
		return `${blockLabel}, ${w.para(para[2]!)}`;
	}
	let match = /^p-(\d+)$/.exec(id);
	if (match) return w.point(match[1]!);
	match = /^plan-(\d+(?:-\d+)+)$/.exec(id);
	if (match) return w.item(match[1]!.replaceAll('-', '.'));
	match = /^s-(\d+(?:-\d+)*)$/.exec(id);
	if (match) return w.section(match[1]!.replaceAll('-', '.'));
	return headingText(id)?.trim() || `#${id}`;
}
