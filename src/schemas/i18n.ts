import { z } from 'astro/zod';

/** Languages of the site, source language first. Kazakh is the language of every source text. */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const SOURCE_LANG = 'kk' satisfies Lang;

/** A string given in all three languages. */
export const trilingual = z.strictObject({
	kk: z.string().min(1).describe('Kazakh (source language)'),
	ru: z.string().min(1).describe('Russian (the site’s own, unofficial translation unless stated)'),
	en: z.string().min(1).describe('English (the site’s own, unofficial translation unless stated)'),
});
export type Trilingual = z.infer<typeof trilingual>;

/** A string translated into the two target languages (the Kazakh original lives in the text itself). */
export const translations = z.strictObject({
	ru: z.string().min(1),
	en: z.string().min(1),
});
