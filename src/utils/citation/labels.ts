import type { Lang } from '../../schemas/i18n';

/** The fixed words of each citation style, per reader language. */
export const CITATION_WORDS: Record<
	Lang,
	{ website: string; accessed: string; textElectronic: string; retrieved: (date: string, url: string) => string; repealed: string; noDate: string; in: string; unofficialTranslation: string }
> = {
	kk: {
		website: 'сайт',
		accessed: 'қаралған күні',
		textElectronic: 'Мәтін : электрондық',
		retrieved: (date, url) => `Қаралған күні: ${date}. ${url}`,
		repealed: 'күші жойылған',
		noDate: 'к.ж.',
		in: 'Құжатта:',
		unofficialTranslation: 'қазақ тілінен ресми емес аударма',
	},
	ru: {
		website: 'сайт',
		accessed: 'дата обращения',
		textElectronic: 'Текст : электронный',
		retrieved: (date, url) => `Дата обращения: ${date} ${url}`,
		repealed: 'утратило силу',
		noDate: 'б.г.',
		in: 'В',
		unofficialTranslation: 'неофициальный перевод с казахского языка',
	},
	en: {
		website: 'website',
		accessed: 'accessed',
		textElectronic: 'Text : electronic',
		retrieved: (date, url) => `Retrieved ${date}, from ${url}`,
		repealed: 'repealed',
		noDate: 'n.d.',
		in: 'In',
		unofficialTranslation: 'unofficial translation from Kazakh',
	},
};

/** 2026-11-21 → 21.11.2026 (GOST). */
export function dottedDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}
