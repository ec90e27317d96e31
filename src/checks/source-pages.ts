import type { BuiltPage } from './dist';
import { LANGS, SOURCE_LANG } from '../schemas/i18n';

/**
 * The line ids of a source page (/{lang}/{doc}/source/ or one of its parts, `[data-source-text]`):
 * `L{n}`, one per line of the seed file. They are a public id form of their own: unique on the page
 * (the link check resolves `#L{n}` against them) and not citation ids — a source page has no
 * `[data-doc-body]`, so checks/ids.ts never counts them, and citation ids are lower case, so an
 * `L{n}` can never be one.
 */
export function sourceLineIdsOf(page: BuiltPage): string[] {
	return page.$('[data-source-text] [id]').map((_, el) => page.$(el).attr('id')).get();
}

/**
 * The source pages' contract: every element with an id in the text is a line; each page shows a run
 * of lines `L{a}`…`L{b}` without gap or repeat; a document's pages in one language (the source page,
 * or the parts of a long source) together show L1…Ln, each line once; and each language shows the
 * same lines on the same pages.
 */
export function checkSourcePages(pages: BuiltPage[]): { page: string; problem: string }[] {
	const problems: { page: string; problem: string }[] = [];
	const runs = new Map<string, Map<string, { page: string; first: number; last: number }[]>>(); // document → lang → runs
	for (const page of pages.filter((p) => p.$('[data-source-text]').length > 0)) {
		const ids = sourceLineIdsOf(page);
		const numbers = ids.map((id) => Number(/^L([1-9]\d*)$/.exec(id)?.[1] ?? NaN));
		const wrong = numbers.findIndex((n, i) => Number.isNaN(n) || (i > 0 && n !== numbers[i - 1]! + 1));
		if (ids.length === 0 || wrong >= 0) {
			problems.push({ page: page.path, problem: `source line ids must be a run L{a}…L{b} in order: element ${wrong + 1} is "${ids[wrong] ?? 'missing'}"` });
			continue;
		}
		const [lang, document] = page.path.split('/').filter(Boolean) as [string, string];
		if (!runs.has(document)) runs.set(document, new Map());
		const byLang = runs.get(document)!;
		if (!byLang.has(lang)) byLang.set(lang, []);
		byLang.get(lang)!.push({ page: page.path, first: numbers[0]!, last: numbers.at(-1)! });
	}
	for (const [document, byLang] of runs) {
		const layout = (lang: string) => (byLang.get(lang) ?? []).map((r) => `${r.page.replace(`/${lang}/`, '/{lang}/')} L${r.first}–L${r.last}`).sort().join(', ');
		for (const [lang, list] of byLang) {
			list.sort((a, b) => a.first - b.first);
			let next = 1;
			for (const run of list) {
				if (run.first !== next) problems.push({ page: run.page, problem: `source lines start at L${run.first}: L${next} was expected (the document's source pages in ${lang} must show L1…Ln, each line once)` });
				next = run.last + 1;
			}
		}
		for (const lang of LANGS) {
			if (layout(lang) !== layout(SOURCE_LANG)) problems.push({ page: `/${lang}/${document}/source/`, problem: `shows source lines as ${layout(lang) || 'nothing'}; /${SOURCE_LANG}/ shows ${layout(SOURCE_LANG)}` });
		}
	}
	return problems;
}
