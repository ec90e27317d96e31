import type { AstroGlobal } from 'astro';
import { SOURCE_LANG, type Lang } from '../schemas/i18n';
import { isLang } from './routes';

/**
 * The language of the page being rendered, from the URL (Astro's i18n routing). Content components
 * use it to show UI words in the reader's language even inside Kazakh-only text.
 */
export function pageLang(astro: Pick<AstroGlobal, 'currentLocale'>): Lang {
	const locale = astro.currentLocale;
	return isLang(locale) ? locale : SOURCE_LANG;
}

/** Each language's name in itself, for links that lead into that language. */
export const NATIVE_LANGUAGE_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
