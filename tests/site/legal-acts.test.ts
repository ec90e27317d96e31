import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

/**
 * What the legal acts' components put on the page. (That they fail the build on an abbreviation
 * missing from the plan's key, or a note naming an unrecorded amendment, is tested on the functions
 * they call: tests/unit/plans.test.ts, tests/unit/acts.test.ts.)
 */
describe('legal acts on the built site', async () => {
	const pages = await builtPages();
	const page = (path: string) => pages.find((p) => p.path === path)!;

	it('the action plan marks up its abbreviations with their expansions in the reader’s language', () => {
		const expansions = ['kk', 'ru', 'en'].map((lang) => {
			const { $ } = page(`/${lang}/programme-2001-2010/section-6/`);
			return $('#plan-1-1-3 abbr')
				.filter((_, el) => $(el).text() === 'ЭСМ')
				.attr('title');
		});
		expect(expansions).toEqual(['Экономика және сауда министрлігі', 'Министерство экономики и торговли', 'Ministry of Economy and Trade']);
	});

	it('an amendment note names the amending act, in the reader’s language', () => {
		expect(page('/en/programme-2001-2010/section-4/').$('.amendment-note-editorial').text()).toContain('Resolution No. 925');
	});
});
