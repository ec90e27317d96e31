/**
 * The one font file each language's pages preload (styles/fonts.css declares them all): the regular
 * weight's subset that the page's text needs and that would otherwise be found last, after the
 * stylesheet and the layout. A Kazakh page needs cyrillic-ext (Ә Ғ Қ Ң Ө Ү Һ), the largest of its three
 * files; a Russian page cyrillic; an English page latin. The other files load in parallel once the
 * page is laid out. Vite hashes these URLs exactly as it does the stylesheet's, so they are the same files.
 */
import type { Lang } from '../schemas/i18n';
import cyrillicExt from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2?url';
import latin from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?url';

export const textFontPreload: Record<Lang, string> = { kk: cyrillicExt, ru: cyrillic, en: latin };
