import { z } from 'astro/zod';
import { citationId, slug } from './ids';
import { trilingual } from './i18n';

/** A citable place on this site: a point, paragraph or entry of a document page. Checked by the link checker. */
const place = z.strictObject({
	document: slug.describe('Document slug, e.g. concept-2000'),
	page: slug.describe('Page slug within the document, e.g. section-3'),
	id: citationId.describe('Citation id of the point, paragraph or entry, e.g. gl-35'),
});
export type GlossaryPlace = z.infer<typeof place>;

/** Words in each language, any of them optional: other spellings, synonyms. */
const wordsByLang = z
	.strictObject({
		kk: z.array(z.string().min(1)).default([]).describe('Kazakh, exactly as the sources write them (misprints included)'),
		ru: z.array(z.string().min(1)).default([]).describe('Russian'),
		en: z.array(z.string().min(1)).default([]).describe('English'),
	})
	.default({ kk: [], ru: [], en: [] });

/**
 * Where an entry's definition comes from — a tagged union on `kind`:
 * - `document`: a place on this site that defines the term; the Kazakh definition is quoted from it
 *   verbatim (a test checks), the Russian and English are this site's translation.
 * - `law`: a law or other act, by its official title at the time and the article; the definition is
 *   this site's wording after it, with a link to the act on adilet.zan.kz.
 * - `reference`: a published glossary or report (e.g. IOM's Glossary on Migration); this site's wording after it.
 * - `site`: this site's own definition, from how the documents use the term.
 */
export const definitionSource = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('document'), ...place.shape }),
	z.strictObject({
		kind: z.literal('law'),
		act: trilingual.describe('The act’s official title as it was at the time, in each language'),
		article: trilingual.describe('Article and point as each language writes it: "1-бап, 3) тармақша", "ст. 1, подп. 3)", "art. 1(3)"'),
		url: z.string().url().describe('The act on adilet.zan.kz (the Kazakh or Russian page)'),
	}),
	z.strictObject({
		kind: z.literal('reference'),
		title: z.string().min(1).describe('Title as published, in its own language'),
		publisher: z.string().min(1).describe('Publisher or author, e.g. International Organization for Migration'),
		year: z.number().int().describe('Year of publication'),
		url: z.string().url().optional().describe('Where to read it'),
	}),
	z.strictObject({ kind: z.literal('site') }),
]);
export type DefinitionSource = z.infer<typeof definitionSource>;

/** What sort of thing a term names; the glossary can be filtered by it. */
export const GLOSSARY_CATEGORIES = [
	'concept', // a notion of migration studies or policy: internal migration, brain drain
	'status', // a legal status of a person: refugee, oralman, qandas, stateless person
	'body', // a state body of Kazakhstan: ministry, committee, agency
	'organisation', // an international or foreign organisation: IOM, UN, EAEU, CIS
	'act', // a law, code or other legal act
	'programme', // a state programme or policy document
	'agreement', // an international treaty or agreement
	'indicator', // a statistical measure: net migration, migration balance
] as const;

/**
 * One glossary entry (src/content/glossary/{id}.yaml). The file name is the entry's id: its page
 * /{lang}/glossary/{id}/ and its shipped anchor /{lang}/glossary/#{id} — part of the citation contract,
 * the same in every language.
 */
export const glossarySchema = z.strictObject({
	term: trilingual.describe('The headword: kk as the documents write it; ru/en the equivalents used in Kazakhstan’s law and by international bodies (IOM, UN)'),
	abbreviation: z
		.strictObject({ kk: z.string().min(1).optional(), ru: z.string().min(1).optional(), en: z.string().min(1).optional() })
		.optional()
		.describe('The abbreviation each language uses (ШЫХ / ПИИ / FDI), where it has one'),
	variants: wordsByLang.describe('Other spellings and synonyms the texts use for the same term; the linker matches them too'),
	category: z.enum(GLOSSARY_CATEGORIES).describe('What sort of thing the term names'),
	definition: trilingual.describe('A short definition (one or two sentences), shown on the term page, in the list and in link previews'),
	definitionSource: definitionSource.describe('Where the definition comes from'),
	note: trilingual.optional().describe('This site’s note on how the documents use the term: history, spellings, what differs between them'),
	related: z.array(slug).default([]).describe('Ids of related entries (each must exist)'),
	supersededBy: z
		.strictObject({
			term: slug.describe('Id of the entry that replaced this one'),
			year: z.number().int().describe('Year of the change'),
			note: trilingual.describe('What changed it: the act and date'),
		})
		.optional()
		.describe('For a term no longer in use: what replaced it and when (оралман → қандас, 2020)'),
	existed: z
		.strictObject({ from: z.number().int().optional(), to: z.number().int().optional() })
		.optional()
		.describe('For a body, programme or status: the years it existed under this name (omit a bound that is not known for certain)'),
	listedAt: z.array(place).default([]).describe('The documents’ own glossary or abbreviation entries for this term (the profile’s gl-N, abbr-N): they link to this entry'),
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
