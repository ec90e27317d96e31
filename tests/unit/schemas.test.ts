import { describe, expect, test } from 'vitest';
import { documentSchema } from '../../src/schemas/document';
import { pageSchema } from '../../src/schemas/page';
import { translationSchema } from '../../src/schemas/translation';
import { CITATION_ID, citationId } from '../../src/schemas/ids';
import { trilingual } from '../../src/schemas/i18n';

const tri = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: `${text} (en)` });

const common = {
	slug: 'concept-2000',
	seedFile: '004_85276f73cb790dfb.txt',
	order: 2,
	year: '2000',
	title: tri('Title'),
	shortTitle: tri('Short'),
	summary: tri('Summary'),
	published: true,
	source: { origin: tri('Origin') },
};

const legalAct = {
	kind: 'legal-act',
	...common,
	act: {
		type: tri('Resolution'),
		number: '1346',
		date: '2000-09-05',
		issuer: tri('Government'),
		citedAs: tri('Resolution No. 1346'),
		basis: [{ number: '327', date: '2000-02-29', url: 'https://adilet.zan.kz/kaz/docs/P000327_' }],
		status: 'unknown',
		statusNote: tri('Not verified'),
	},
};

const thesis = { kind: 'thesis', ...common, authors: [{ name: tri('Author') }] };

/** "path: code message" of every issue, for readable assertions. */
function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string; message: string }[] } }) {
	expect(result.success).toBe(false);
	return result.error!.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message, issue: i }));
}

describe('documentSchema', () => {
	test('a valid legal act parses, with dates coerced and defaults filled in', () => {
		const result = documentSchema.safeParse(legalAct);
		expect(result.error).toBeUndefined();
		const data = result.data!;
		expect(data.kind).toBe('legal-act');
		if (data.kind !== 'legal-act') throw new Error('unreachable');
		expect(data.act.date).toEqual(new Date('2000-09-05'));
		expect(data.act.basis[0]!.date).toEqual(new Date('2000-02-29'));
		expect(data.source.editors).toEqual([]);
	});

	test('a valid thesis parses', () => {
		expect(documentSchema.safeParse(thesis).success).toBe(true);
	});

	test('an unknown top-level field fails, naming the field', () => {
		const issues = issuesOf(documentSchema.safeParse({ ...legalAct, colour: 'red' }));
		expect(issues).toHaveLength(1);
		expect(issues[0]!.code).toBe('unrecognized_keys');
		expect(issues[0]!.message).toContain('colour');
	});

	test('an unknown field in a nested object fails too (act, source, trilingual)', () => {
		const inAct = issuesOf(documentSchema.safeParse({ ...legalAct, act: { ...legalAct.act, numbr: '1' } }));
		expect(inAct[0]).toMatchObject({ path: 'act', code: 'unrecognized_keys' });
		expect(inAct[0]!.message).toContain('numbr');
		const inTitle = issuesOf(documentSchema.safeParse({ ...legalAct, title: { ...tri('T'), de: 'Titel' } }));
		expect(inTitle[0]).toMatchObject({ path: 'title', code: 'unrecognized_keys' });
	});

	test('a legal act without `act` fails at act', () => {
		const { act: _, ...withoutAct } = legalAct;
		const issues = issuesOf(documentSchema.safeParse(withoutAct));
		expect(issues.map((i) => i.path)).toEqual(['act']);
	});

	test('a thesis with `act` fails: each kind has exactly its own fields', () => {
		const issues = issuesOf(documentSchema.safeParse({ ...thesis, act: legalAct.act }));
		expect(issues[0]!.code).toBe('unrecognized_keys');
		expect(issues[0]!.message).toContain('act');
	});

	test('an unknown kind fails at kind', () => {
		const issues = issuesOf(documentSchema.safeParse({ ...legalAct, kind: 'law' }));
		expect(issues[0]!.path).toBe('kind');
	});

	test.each([
		['slug with upper case', { slug: 'Concept-2000' }, 'slug'],
		['seed file name', { seedFile: 'concept.txt' }, 'seedFile'],
		['non-positive order', { order: 0 }, 'order'],
		['year range with a hyphen instead of an en dash', { year: '2001-2010' }, 'year'],
		['empty translation', { title: { kk: 'T', ru: '', en: 'T' } }, 'title.ru'],
		['missing translation', { summary: { kk: 'S', ru: 'S' } }, 'summary.en'],
	])('an invalid field fails: %s', (_, change, path) => {
		const issues = issuesOf(documentSchema.safeParse({ ...legalAct, ...change }));
		expect(issues.map((i) => i.path)).toContain(path);
	});

	test('an invalid act status or URL fails', () => {
		expect(issuesOf(documentSchema.safeParse({ ...legalAct, act: { ...legalAct.act, status: 'valid' } }))[0]!.path).toBe('act.status');
		const badUrl = { ...legalAct, act: { ...legalAct.act, basis: [{ number: '1', date: '2000-01-01', url: 'not a url' }] } };
		expect(issuesOf(documentSchema.safeParse(badUrl))[0]!.path).toBe('act.basis.0.url');
	});

	test('a repealed act must name the repealing act; amendments name the places they affect', () => {
		const repealed = { ...legalAct, act: { ...legalAct.act, status: 'repealed' } };
		expect(issuesOf(documentSchema.safeParse(repealed))[0]!.path).toBe('act.repealedBy');
		const amended = {
			...repealed,
			act: {
				...repealed.act,
				repealedBy: { number: '1122', date: '2008-12-01' },
				amendments: [{ number: '444', date: '2002-04-17', effect: tri('item deleted'), places: [{ page: 'section-6', id: 'plan-1-1-6' }] }],
			},
		};
		expect(documentSchema.safeParse(amended).success).toBe(true);
		const nowhere = { ...amended, act: { ...amended.act, amendments: [{ ...amended.act.amendments[0], places: [] }] } };
		expect(issuesOf(documentSchema.safeParse(nowhere))[0]!.path).toBe('act.amendments.0.places');
	});
});

const page = {
	order: 3,
	anchor: 's-1',
	title: tri('1. Section'),
	sourceLines: [47, 97],
};

describe('pageSchema', () => {
	test('valid page frontmatter parses; body defaults to "text"', () => {
		expect(pageSchema.parse(page)).toEqual({ ...page, body: 'text' });
		expect(pageSchema.parse({ ...page, body: 'generated' }).body).toBe('generated');
	});

	test('body is "text" or "generated"', () => {
		expect(issuesOf(pageSchema.safeParse({ ...page, body: 'translated' }))[0]!.path).toBe('body');
	});

	test('an unknown field fails, naming it', () => {
		const issues = issuesOf(pageSchema.safeParse({ ...page, colour: 'red' }));
		expect(issues[0]!.code).toBe('unrecognized_keys');
		expect(issues[0]!.message).toContain('colour');
	});

	test.each(['S-1', 's_1', '1-s', 's-', '', 's 1', 'бөлім-1'])('an invalid anchor id fails: "%s"', (anchor) => {
		const issues = issuesOf(pageSchema.safeParse({ ...page, anchor }));
		expect(issues.map((i) => i.path)).toEqual(['anchor']);
	});

	test('headings in ru/en are not the Kazakh page\'s: they live in its translation files', () => {
		expect(issuesOf(pageSchema.safeParse({ ...page, headings: { 's-1-1': { ru: 'x', en: 'x' } } }))[0]!.code).toBe('unrecognized_keys');
	});

	test('sourceLines is a pair of positive integers', () => {
		expect(pageSchema.safeParse({ ...page, sourceLines: [47] }).success).toBe(false);
		expect(pageSchema.safeParse({ ...page, sourceLines: [0, 10] }).success).toBe(false);
		expect(pageSchema.safeParse({ ...page, sourceLines: [1.5, 10] }).success).toBe(false);
	});
});

describe('translationSchema', () => {
	test('a translated page gives the Kazakh revision it follows; headings default to {}', () => {
		expect(translationSchema.parse({ follows: '436d6dcadc81' })).toEqual({ follows: '436d6dcadc81', headings: {} });
	});

	test('a page not translated yet gives its headings by citation id', () => {
		expect(translationSchema.parse({ headings: { 's-4-1': '1. В области внешней политики:' } }).headings['s-4-1']).toContain('внешней');
		expect(issuesOf(translationSchema.safeParse({ headings: { S_1: 'x' } }))[0]!.path).toMatch(/^headings/);
		expect(issuesOf(translationSchema.safeParse({ headings: { 's-1': '' } }))[0]!.path).toBe('headings.s-1');
	});

	test('follows is 12 hex digits; unknown fields fail', () => {
		expect(issuesOf(translationSchema.safeParse({ follows: 'abc' }))[0]!.path).toBe('follows');
		expect(issuesOf(translationSchema.safeParse({ follows: '436d6dcadc81', title: 'x' }))[0]!.code).toBe('unrecognized_keys');
	});
});

describe('ids', () => {
	test('CITATION_ID accepts the documented id shapes', () => {
		for (const id of ['s-1', 's-1-2', 'p-2', 'plan-1-1-5', 'table-1-2-1', 'fn-42', 's-3-transitional-4', 'a']) {
			expect(CITATION_ID.test(id), id).toBe(true);
			expect(citationId.safeParse(id).success, id).toBe(true);
		}
	});

	test('citationId explains the rule in its message', () => {
		expect(citationId.safeParse('S_1').error!.issues[0]!.message).toContain('lower-case ASCII');
	});

	test('trilingual requires all three languages', () => {
		expect(trilingual.safeParse({ kk: 'a', ru: 'b', en: 'c' }).success).toBe(true);
		expect(trilingual.safeParse({ kk: 'a', ru: 'b' }).success).toBe(false);
	});
});
