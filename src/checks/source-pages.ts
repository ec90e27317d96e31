import type { BuiltPage } from './dist';
import { LANGS, SOURCE_LANG } from '../schemas/i18n';
import { routeOf } from '../utils/routes';

/**
 * The line ids of a source page (/{lang}/{doc}/source/, `[data-source-text]`): `L1`…`Ln`, one per
 * line of the seed file, in order. They are a public id form of their own: unique on the page (the
 * link check resolves `#L{n}` against them) and not citation ids — the source page has no
 * `[data-doc-body]`, so checks/ids.ts never counts them, and citation ids are lower case, so an
 * `L{n}` can never be one.
 */
export function sourceLineIdsOf(page: BuiltPage): string[] {
	return page.$('[data-source-text] [id]').map((_, el) => page.$(el).attr('id')).get();
}

/**
 * The source pages' contract: every element with an id in the text is a line, numbered `L1`…`Ln`
 * without gap or repeat, and each language shows the same number of lines.
 */
export function checkSourcePages(pages: BuiltPage[]): { page: string; problem: string }[] {
	const problems: { page: string; problem: string }[] = [];
	const countByRoute = new Map<string, Map<string, number>>(); // route → lang → lines
	for (const page of pages.filter((p) => p.$('[data-source-text]').length > 0)) {
		const ids = sourceLineIdsOf(page);
		const wrong = ids.findIndex((id, i) => id !== `L${i + 1}`);
		if (wrong >= 0) problems.push({ page: page.path, problem: `source line ids must run L1…L${ids.length} in order: "${ids[wrong]}" is element ${wrong + 1}` });
		const [lang] = page.path.split('/').filter(Boolean);
		const route = routeOf(page.path);
		if (!countByRoute.has(route)) countByRoute.set(route, new Map());
		countByRoute.get(route)!.set(lang!, ids.length);
	}
	for (const [route, byLang] of countByRoute) {
		const reference = byLang.get(SOURCE_LANG);
		for (const lang of LANGS) {
			if (byLang.get(lang) !== reference) problems.push({ page: `/${lang}/${route}/`, problem: `shows ${byLang.get(lang) ?? 'no'} source lines, /${SOURCE_LANG}/${route}/ shows ${reference ?? 'none'}` });
		}
	}
	return problems;
}
