import { describe, expect, test } from 'vitest';
import { checkAlignment, citableUnits, hasBody, kazakhRevision, numbersOf } from '../../src/checks/translation-alignment';

// A Kazakh page and its translation as the site writes them (concept-2000/section-4 and the resolution, abridged).
const kazakh = `---
order: 6
anchor: s-4
---

[#s-4-para-1] Көші-қон саясатын іске асыру кезінде:

## 1. Сыртқы саясат саласында: [#s-4-1]

[#s-4-1-para-1] 2000 жылғы 5 қыркүйектегі [N 1346 қаулысына](/kk/concept-2000/) сәйкес 2 222 782 адам;

- [#s-4-1-para-2] Босқындар мәртебесі туралы <Sic kk="Дереккөзде солай." ru="Так в источнике." en="Sic.">1959</Sic> жылғы Конвенция;\\
  екінші жол[^3]

<EditorialNote kk="Ескерту." ru="Примечание." en="Note." />

[^3]: [@100-101] Ескертпе 12.
`;

const english = `---
follows: 0123456789ab
---

[#s-4-para-1] In implementing the migration policy:

## 1. In the field of foreign policy: [#s-4-1]

[#s-4-1-para-1] In accordance with [Resolution N 1346](/kk/concept-2000/) of 5 September 2000, 2,222,782 persons;

- [#s-4-1-para-2] the <Sic kk="Дереккөзде солай." ru="Так в источнике." en="Sic.">1959</Sic> Convention relating to the Status of Refugees;\\
  second line[^3]

<EditorialNote kk="Ескерту." ru="Примечание." en="Note." />

[^3]: Note 12.
`;

describe('citableUnits', () => {
	test('cuts a page at its markers: headings, paragraphs, list items, footnote definitions', () => {
		expect(citableUnits(kazakh).map((u) => u.id)).toEqual(['s-4-para-1', 's-4-1', 's-4-1-para-1', 's-4-1-para-2', 'fn-3']);
	});

	test('a unit runs to the next marker and knows its line in the file', () => {
		const item = citableUnits(kazakh).find((u) => u.id === 's-4-1-para-2')!;
		expect(item.line).toBe(12);
		expect(item.text).toContain('екінші жол[^3]');
		expect(item.text).toContain('<EditorialNote');
	});
});

describe('numbersOf', () => {
	test('the same number written the Kazakh, Russian or English way compares equal', () => {
		expect(numbersOf('2 222 782 адам, 9,5 пайыз')).toEqual(['2222782', '95']);
		expect(numbersOf('2,222,782 persons, 9.5 per cent')).toEqual(['2222782', '95']);
		expect(numbersOf('2\u00a0222\u00a0782 человек')).toEqual(['2222782']);
	});

	test('lists and ranges stay separate numbers', () => {
		expect(numbersOf('1, 2 және 3-тармақтар; 2001-2010 жылдар')).toEqual(['1', '2', '3', '2001', '2010']);
	});

	test('markers, footnote references, source-line keys, tags and link targets are not the text\'s numbers', () => {
		expect(numbersOf('[#s-4-1-para-2] <AmendmentNote number="925">мәтін</AmendmentNote>[^3] [@100-101] [қаулы](/kk/doc-2/#p-1)')).toEqual([]);
	});
});

describe('checkAlignment', () => {
	test('a faithful translation aligns', () => {
		expect(checkAlignment(kazakh, english)).toEqual([]);
	});

	test('a missing number is named with the unit and the translation\'s line', () => {
		const problems = checkAlignment(kazakh, english.replace('2,222,782 persons', 'two million persons'));
		expect(problems).toEqual([{ id: 's-4-1-para-1', line: 9, message: expect.stringContaining('missing 2222782') }]);
	});

	test('an added number is reported too', () => {
		expect(checkAlignment(kazakh, english.replace('In implementing', 'In 2001, in implementing'))[0]!.message).toMatch(/#s-4-para-1: numbers differ .*not in the Kazakh 2001/);
	});

	test('ids must be the same, in the same order', () => {
		const missing = checkAlignment(kazakh, english.replace('[#s-4-para-1] ', ''));
		expect(missing).toHaveLength(1);
		expect(missing[0]!.message).toContain('missing #s-4-para-1');
		const swapped = english.replace('[#s-4-1-para-1]', '[#tmp]').replace('[#s-4-1-para-2]', '[#s-4-1-para-1]').replace('[#tmp]', '[#s-4-1-para-2]');
		expect(checkAlignment(kazakh, swapped)[0]!.message).toContain('out of order: #s-4-1-para-2 where the Kazakh page has #s-4-1-para-1');
	});

	test('components must be copied with their attributes', () => {
		const problems = checkAlignment(kazakh, english.replace('ru="Примечание."', 'ru="Иное."'));
		expect(problems[0]!.message).toMatch(/#s-4-1-para-2: components differ: the Kazakh has <EditorialNote kk="Ескерту." ru="Примечание."/);
	});

	test('footnote references and link targets must match', () => {
		expect(checkAlignment(kazakh, english.replace('second line[^3]', 'second line'))[0]!.message).toContain('footnote references differ');
		expect(checkAlignment(kazakh, english.replace('(/kk/concept-2000/)', '(/en/concept-2000/)'))[0]!.message).toContain('link targets differ');
	});

	test('a translated title in [ ] after a Kazakh entry may repeat its numbers, not add one', () => {
		const kk = '[#ref-13] 12 2007-2015жж. арналған ҚР Көші-қон саясатының тұжырымдамасы туралы\n';
		const entry = (title: string) => `[#ref-13] 12 <span lang="kk">2007-2015жж. арналған ҚР Көші-қон саясатының тұжырымдамасы туралы</span> [${title}]\n`;
		expect(checkAlignment(kk, entry('On the Migration Policy Concept of the RK for 2007–2015'))).toEqual([]);
		expect(checkAlignment(kk, entry('On the Migration Policy Concept of the RK for 2007–2016'))[0]!.message).toContain('translated title in [ ] has numbers the Kazakh entry does not (2016)');
		// Square brackets elsewhere (words a translator supplied) are text like any other.
		expect(checkAlignment('[#p-1] 12 сөз\n', '[#p-1] 12 words [2007]\n')[0]!.message).toContain('not in the Kazakh 2007');
	});

	test('text left from the scaffold fails', () => {
		expect(checkAlignment(kazakh, english.replace('In implementing the migration policy:', '⟦Көші-қон саясатын іске асыру кезінде:⟧'))[0]!.message).toContain('left untranslated');
	});
});

describe('revisions', () => {
	test('the Kazakh revision depends on the body only, not the frontmatter or surrounding whitespace', () => {
		const revision = kazakhRevision(kazakh);
		expect(revision).toMatch(/^[0-9a-f]{12}$/);
		expect(kazakhRevision(kazakh.replace('order: 6', 'order: 7'))).toBe(revision);
		expect(kazakhRevision(`${kazakh}\n\n`)).toBe(revision);
		expect(kazakhRevision(kazakh.replace('2 222 782', '2 222 783'))).not.toBe(revision);
	});

	test('a translation file without a body holds only headings', () => {
		expect(hasBody('---\nheadings:\n  s-4-1: "1. x"\n---\n')).toBe(false);
		expect(hasBody('---\nheadings: {}\n---\n\n{/* not yet */}\n')).toBe(false);
		expect(hasBody(english)).toBe(true);
	});
});
