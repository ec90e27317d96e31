import type { Lang } from '../schemas/i18n';

/** BCP 47 locale used for number and date formatting in each site language. */
export const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** A date as readers of each language write it, e.g. "2000 ж. 5 қыркүйек" / "5 сентября 2000 г." / "5 September 2000". */
export function formatDate(date: Date, lang: Lang): string {
	return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** ISO date (YYYY-MM-DD) for <time datetime> and metadata. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Seed-file line ranges for readers and messages: "12–30, 35–40" (a one-line range is "12"). */
export const formatRanges = (ranges: [number, number][]) => ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
