import { describe, expect, test } from 'vitest';
import { planSchema } from '../../src/schemas/plan';
import { splitAbbreviations, type Abbreviation } from '../../src/utils/abbreviations';

const key: Abbreviation[] = [
	{ abbr: 'КДА', id: 'abbr-kda', expansion: { kk: 'Агенттік', ru: 'Агентство', en: 'Agency' }, basis: 'named', sourceLine: 107 },
	{ abbr: 'ҚарМ', id: 'abbr-karm', expansion: { kk: 'Қаржы министрлігі', ru: 'Минфин', en: 'Finance' }, basis: 'inferred' },
];

describe('splitAbbreviations', () => {
	test('marks known abbreviations (including mixed-case ones) and leaves ordinary words', () => {
		const parts = splitAbbreviations('КДА, ҚарМ, облыстардың, Астана және Алматы қалаларының әкімдері', key, 'test');
		expect(parts.map((p) => (typeof p === 'string' ? p : `<${p.abbr}>`)).join('')).toBe('<КДА>, <ҚарМ>, облыстардың, Астана және Алматы қалаларының әкімдері');
	});

	test('an abbreviation missing from the key fails, naming where', () => {
		expect(() => splitAbbreviations('КДА, ЭСМ', key, 'src/content/plans/x.yaml: item 1.1.3')).toThrow(
			'src/content/plans/x.yaml: item 1.1.3: abbreviation "ЭСМ" has no entry in "abbreviations"',
		);
	});
});

describe('planSchema', () => {
	const plan = {
		page: 'section-6',
		sourceLines: [848, 981],
		header: {
			sourceLines: [848, 852],
			columns: Object.fromEntries(['measure', 'form', 'responsible', 'deadline'].map((k) => [k, { kk: k, ru: k, en: k }])),
		},
		groups: [
			{
				id: 'plan-1-1',
				number: '1.1.',
				title: { kk: 'Көшіп келу', ru: 'Иммиграция', en: 'Immigration' },
				sourceLines: [854, 854],
				items: [
					{ id: 'plan-1-1-1', number: '1.1.1.', sourceLines: [855, 858], measure: 'm', form: 'f', responsible: 'КДА', deadline: '2004' },
					{ id: 'plan-1-1-6', number: '1.1.6.', sourceLines: [883, 883], deleted: { text: 'Алынып тасталды', amendment: '444' } },
				],
			},
		],
		abbreviations: key,
	};

	test('accepts a plan with an active and a deleted item; formIsDitto defaults to false', () => {
		const parsed = planSchema.parse(plan);
		expect(parsed.groups[0]!.items[0]).toMatchObject({ formIsDitto: false });
	});

	test('rejects an item with a cell missing, an unknown field, or reversed source lines', () => {
		const withItem = (item: object) => ({ ...plan, groups: [{ ...plan.groups[0], items: [item] }] });
		expect(planSchema.safeParse(withItem({ id: 'plan-1-1-1', number: '1.1.1.', sourceLines: [855, 858], measure: 'm', form: 'f', responsible: 'КДА' })).success).toBe(false);
		expect(planSchema.safeParse(withItem({ ...plan.groups[0]!.items[0], colour: 'red' })).success).toBe(false);
		expect(planSchema.safeParse(withItem({ ...plan.groups[0]!.items[0], sourceLines: [858, 855] })).success).toBe(false);
	});
});
