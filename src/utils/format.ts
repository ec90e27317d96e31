import type { Lang } from '../schemas/i18n';

/** BCP 47 locale of each site language, for sorting (Intl.Collator). */
export const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/**
 * Month names, written out rather than taken from Intl: ICU data writes Kazakh in another style
 * ("2001 ж. 29 қазан") or not at all (Chromium prints "M10"), and a date must read the same whether
 * the build or the browser (the Cite panel) writes it.
 */
const MONTHS: Record<Lang, string[]> = {
	kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
	ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Kazakh month names with the suffix a date takes before the noun it qualifies: "29 қазандағы № 1371 қаулысы". */
const KK_MONTHS_ATTRIBUTIVE = ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы'];

/** ISO date (YYYY-MM-DD) for <time datetime>, metadata and citations. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function dateParts(date: Date | string): { year: string; month: number; day: number } {
	const [year, month, day] = (typeof date === 'string' ? date : isoDate(date)).split('-');
	return { year: year!, month: Number(month) - 1, day: Number(day) };
}

/** Day and month: "29 қазан" / "29 октября" / "October 29" (month first in English, as APA writes it). */
export function dayMonth(date: Date | string, lang: Lang): string {
	const { month, day } = dateParts(date);
	return lang === 'en' ? `${MONTHS.en[month]} ${day}` : `${day} ${MONTHS[lang][month]}`;
}

/**
 * A date (a Date, or an ISO "2001-10-29") as each language writes it in running text: "2001 жылғы 29 қазан"
 * (the form of Kazakh legal texts) / "29 октября 2001 г." / "29 October 2001".
 * `attributive` is the Kazakh form that qualifies a following noun, as in an act's designation:
 * "2001 жылғы 29 қазандағы № 1371 қаулысы" (Russian and English say "от", "of" in the sentence instead).
 */
export function formatDate(date: Date | string, lang: Lang, { attributive = false } = {}): string {
	const { year, month, day } = dateParts(date);
	if (lang === 'kk') return `${year} жылғы ${day} ${(attributive ? KK_MONTHS_ATTRIBUTIVE : MONTHS.kk)[month]}`;
	if (lang === 'ru') return `${day} ${MONTHS.ru[month]} ${year} г.`;
	return `${day} ${MONTHS.en[month]} ${year}`;
}

/** Seed-file line ranges for readers and messages: "12–30, 35–40" (a one-line range is "12"). */
export const formatRanges = (ranges: [number, number][]) => ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
