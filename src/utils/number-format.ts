import type { Lang } from '../schemas/i18n';

/**
 * Numbers written as readers of each language write them: "2 492,5" in kk and ru (a no-break space
 * groups thousands, a comma marks decimals), "2,492.5" in en; a true minus sign. Written by hand
 * rather than with Intl because browsers' Kazakh number data differ (Chromium falls back to other
 * locales), and the table (built in Node) and the chart (drawn in the browser) must agree.
 * Four-digit numbers are grouped too (2 492), as the issue's style examples ask.
 */
export function formatNumber(value: number, decimals: number, lang: Lang, { percent = false } = {}): string {
	const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.') as [string, string | undefined];
	const group = lang === 'en' ? ',' : '\u00A0';
	const point = lang === 'en' ? '.' : ',';
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	const sign = value < 0 ? '\u2212' : '';
	const number = `${sign}${grouped}${fraction ? `${point}${fraction}` : ''}`;
	return percent ? `${number}${lang === 'en' ? '' : '\u00A0'}%` : number;
}

