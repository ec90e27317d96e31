import { describe, expect, test } from 'vitest';
import { facetCounts, pageFacets, pageKey, pagefindFilters, selectedCount, selectionFromParams } from '../../src/search/facets';

const documents = {
	'concept-2000': { kind: 'legal-act', year: '2000' },
	'programme-2001-2010': { kind: 'legal-act', year: '2001' },
	'profile-2014-2019': { kind: 'report', year: '2014–2019' },
};
// Pages a query found, by key: two of the acts, one of the report, a glossary term.
const found = ['concept-2000/section-3', 'programme-2001-2010/section-6', 'programme-2001-2010', 'profile-2014-2019/section-1-2', 'glossary/oralman'];

describe('search facets', () => {
	test('a page\'s key and values come from its path; a glossary term is its own document and type, with no year', () => {
		expect(pageKey('/profile-2014-2019/section-1-2/')).toBe('profile-2014-2019/section-1-2');
		expect(pageFacets('profile-2014-2019/section-1-2', documents)).toEqual({ document: 'profile-2014-2019', type: 'report', year: '2014–2019' });
		expect(pageFacets('glossary/oralman', documents)).toEqual({ document: 'glossary', type: 'glossary' });
	});

	test('with no choice, each facet counts every found page that has a value in it', () => {
		const counts = facetCounts(found, documents, {});
		expect(Object.fromEntries(counts.type)).toEqual({ 'legal-act': 3, report: 1, glossary: 1 });
		expect(Object.fromEntries(counts.year)).toEqual({ '2000': 1, '2001': 2, '2014–2019': 1 });
	});

	test('a choice narrows the other facets\' counts, not its own', () => {
		const counts = facetCounts(found, documents, { type: ['legal-act'] });
		expect(Object.fromEntries(counts.type)).toEqual({ 'legal-act': 3, report: 1, glossary: 1 });
		expect(Object.fromEntries(counts.document)).toEqual({ 'concept-2000': 1, 'programme-2001-2010': 2 });
		expect(selectedCount(found, documents, { type: ['legal-act'], year: ['2001'] })).toBe(2);
	});

	test('the choice travels in the address and becomes Pagefind filters', () => {
		const selection = selectionFromParams(new URLSearchParams('q=x&document=concept-2000&document=glossary&type='));
		expect(selection).toEqual({ document: ['concept-2000', 'glossary'] });
		expect(pagefindFilters(selection)).toEqual({ document: { any: ['concept-2000', 'glossary'] } });
	});
});
