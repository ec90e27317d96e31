import { describe, expect, test } from 'vitest';
import { findAmendment } from '../../src/utils/acts';
import { documents } from '../helpers/documents';

describe('findAmendment: an <AmendmentNote> names an amendment its act records', () => {
	const programme = documents().find((d) => d.slug === 'programme-2001-2010')!;
	const where = '<AmendmentNote number="…"> on /programme-2001-2010/section-4/';

	test('finds a recorded amendment by its number', () => {
		expect(findAmendment(programme, '925', where)).toMatchObject({ number: '925', places: expect.arrayContaining([{ page: 'section-4', id: 's-4-note' }]) });
	});

	test('an amendment the act does not record fails the build, naming the note and the YAML to fix', () => {
		expect(() => findAmendment(programme, '999', where)).toThrow(
			`${where}: no amendment No. 999 in src/content/documents/programme-2001-2010.yaml (act.amendments)`,
		);
	});

	test('a document that is not a legal act has no amendments', () => {
		const article = documents().find((d) => d.kind === 'article')!;
		expect(() => findAmendment(article, '925', where)).toThrow(`no amendment No. 925 in src/content/documents/${article.slug}.yaml`);
	});
});
