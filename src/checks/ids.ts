import type { BuiltPage } from './dist';
import { LANGS, SOURCE_LANG } from '../schemas/i18n';
import { routeOf } from '../utils/routes';

export interface IdProblem {
	page: string;
	problem: string;
}

/** Citation ids of a page: the ids inside its document body (`[data-doc-body]`) and its h1. */
export function citationIdsOf(page: BuiltPage): string[] {
	const $ = page.$;
	return $('[data-doc-body] [id], h1[id]')
		.map((_, el) => $(el).attr('id'))
		.get()
		.filter((id: string) => !id.startsWith('footnote-label'));
}

/**
 * The citation contract, checked on the built site:
 * - an id appears once per page, and on only one page of a document (citations name one place);
 * - every page has exactly the same ids in kk, ru and en (a citation works in any language).
 */
export function checkCitationIds(pages: BuiltPage[]): IdProblem[] {
	const problems: IdProblem[] = [];
	const bodyPages = pages.filter((p) => p.$('[data-doc-body]').length > 0);
	const owner = new Map<string, string>(); // "lang doc#id" → page
	const idsByRoute = new Map<string, Map<string, string[]>>(); // route → lang → ids

	for (const page of bodyPages) {
		const [lang, doc] = page.path.split('/').filter(Boolean);
		const ids = citationIdsOf(page);
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) problems.push({ page: page.path, problem: `id "${id}" appears twice on the page` });
			seen.add(id);
			const key = `${lang} ${doc}#${id}`;
			const first = owner.get(key);
			if (first && first !== page.path) problems.push({ page: page.path, problem: `id "${id}" is also used on ${first}` });
			else owner.set(key, page.path);
		}
		const route = routeOf(page.path);
		if (!idsByRoute.has(route)) idsByRoute.set(route, new Map());
		idsByRoute.get(route)!.set(lang!, ids);
	}

	for (const [route, byLang] of idsByRoute) {
		const reference = byLang.get(SOURCE_LANG);
		if (!reference) {
			for (const lang of byLang.keys()) {
				problems.push({ page: `/${lang}/${route}/`, problem: `missing: the page exists in ${lang} but not in ${SOURCE_LANG}` });
			}
			continue;
		}
		for (const lang of LANGS) {
			const ids = byLang.get(lang);
			if (!ids) {
				problems.push({ page: `/${lang}/${route}/`, problem: `missing: the page exists in ${SOURCE_LANG} but not in ${lang}` });
				continue;
			}
			const missing = reference.filter((id) => !ids.includes(id));
			const extra = ids.filter((id) => !reference.includes(id));
			if (missing.length || extra.length) {
				problems.push({
					page: `/${lang}/${route}/`,
					problem: `ids differ from /${SOURCE_LANG}/${route}/ (missing: ${missing.join(', ') || '–'}; extra: ${extra.join(', ') || '–'})`,
				});
			}
		}
	}
	return problems;
}
