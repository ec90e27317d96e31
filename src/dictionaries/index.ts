import { LANGS, type Lang } from '../schemas/i18n';
import kk from './kk';
import ru from './ru';
import en from './en';
import { dictionarySchema, type UiDictionary, type UiKey } from './schema';
import { fillPlaceholders } from './fill';

export type { UiKey } from './schema';

const dictionaries: Record<Lang, UiDictionary> = { kk, ru, en };

// Validated when the module loads, i.e. at build time: a missing or extra key stops the build.
const schema = dictionarySchema(Object.keys(kk));
for (const lang of LANGS) {
	const result = schema.safeParse(dictionaries[lang]);
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
		throw new Error(`src/dictionaries/${lang}.ts: invalid UI dictionary — ${problems}`);
	}
}

/** Returns a translator for one language: t('nav.home'), t('search.results', { query, count }). */
export function useTranslations(lang: Lang) {
	const dict = dictionaries[lang];
	return (key: UiKey, values?: Record<string, string | number>) => (values ? fillPlaceholders(dict[key], values) : dict[key]);
}

export { dictionaries };
