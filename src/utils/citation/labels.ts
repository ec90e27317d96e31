import type { Lang } from '../../schemas/i18n';

/** The fixed words of each citation style, per reader language. */
export const CITATION_WORDS: Record<
	Lang,
	{ website: string; accessed: string; textElectronic: string; retrieved: (date: string, url: string) => string; repealed: string; noDate: string; in: string }
> = {
	kk: {
		website: 'сайт',
		accessed: 'қаралған күні',
		textElectronic: 'Мәтін : электрондық',
		retrieved: (date, url) => `Қаралған күні: ${date}. ${url}`,
		repealed: 'күші жойылған',
		noDate: 'к.ж.',
		in: 'Құжатта:',
	},
	ru: {
		website: 'сайт',
		accessed: 'дата обращения',
		textElectronic: 'Текст : электронный',
		retrieved: (date, url) => `Дата обращения: ${date} ${url}`,
		repealed: 'утратило силу',
		noDate: 'б.г.',
		in: 'В',
	},
	en: {
		website: 'website',
		accessed: 'accessed',
		textElectronic: 'Text : electronic',
		retrieved: (date, url) => `Retrieved ${date}, from ${url}`,
		repealed: 'repealed',
		noDate: 'n.d.',
		in: 'In',
	},
};

/** 2026-11-21 → 21.11.2026 (GOST). */
export function dottedDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}

/**
 * Month names, written out rather than taken from Intl: browsers' ICU data may lack Kazakh (Chromium
 * prints "M10"), and the server and the browser must format a citation identically.
 */
const MONTHS: Record<Lang, string[]> = {
	kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
	ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function parts(iso: string): { year: string; month: number; day: number } {
	const [year, month, day] = iso.split('-');
	return { year: year!, month: Number(month) - 1, day: Number(day) };
}

/** 2026-11-21 → "November 21, 2026" / "21 ноября 2026 г." / "2026 жылғы 21 қараша" (APA's retrieval date). */
export function longDate(iso: string, lang: Lang): string {
	const { year } = parts(iso);
	if (lang === 'kk') return `${year} жылғы ${dayMonth(iso, lang)}`;
	if (lang === 'ru') return `${dayMonth(iso, lang)} ${year} г.`;
	return `${dayMonth(iso, lang)}, ${year}`;
}

/** 2001-10-29 → "October 29" / "29 октября" / "29 қазан" (APA's date of a dated document). */
export function dayMonth(iso: string, lang: Lang): string {
	const { month, day } = parts(iso);
	return lang === 'en' ? `${MONTHS.en[month]} ${day}` : `${day} ${MONTHS[lang][month]}`;
}
