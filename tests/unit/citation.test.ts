import { describe, expect, test } from 'vitest';
import { formatCitations, pinpointLabel, type CitationInput } from '../../src/utils/citation';

const act: CitationInput = {
	lang: 'ru',
	kind: 'legal-act',
	key: 'programme-2001-2010',
	title: { original: 'Қазақстан Республикасы Көші-қон саясатының 2001-2010 жылдарға арналған салалық бағдарламасын бекіту туралы', translated: 'Об утверждении Отраслевой программы' },
	act: {
		citedAs: 'постановление Правительства Республики Казахстан от 29 октября 2001 года № 1371',
		number: '1371',
		date: '2001-10-29',
		issuer: 'Правительство Республики Казахстан',
		repealed: { number: '1122', date: '2008-12-01' },
	},
	authors: [],
	year: '2001',
	url: 'https://example.org/ru/programme-2001-2010/',
	accessed: '2026-11-21',
	site: 'Миграция в Казахстане: документы',
	documentLanguage: 'kk',
};

describe('a citation without a URL (a build without SITE, before the browser supplies its address)', () => {
	test('every format leaves out the URL and the access date, and nothing else', () => {
		const { url: _url, ...noUrl } = act;
		const citations = formatCitations(noUrl);
		expect(citations.gost.text).toMatch(/ \/\/ Миграция в Казахстане: документы : \[сайт\]\. — Текст : электронный\.$/);
		expect(citations.apa.text).toMatch(/\. Миграция в Казахстане: документы\.$/);
		expect(citations.bibtex).not.toMatch(/url(date)? = /);
		expect(citations.ris).not.toMatch(/^(UR|Y2) {2}- /m);
		expect(citations.ris).toMatch(/^DB {2}- Миграция в Казахстане: документы\r\nLA {2}- kk\r\nER {2}- \r\n$/m);
	});
});

describe('ГОСТ Р 7.0.100-2018', () => {
	test('an act: title [translation] : designation : (status) // site : [сайт]. — URL (дата обращения). — Текст : электронный.', () => {
		expect(formatCitations(act).gost.text).toBe(
			'Қазақстан Республикасы Көші-қон саясатының 2001-2010 жылдарға арналған салалық бағдарламасын бекіту туралы [Об утверждении Отраслевой программы] : постановление Правительства Республики Казахстан от 29 октября 2001 года № 1371 : (утратило силу) // Миграция в Казахстане: документы : [сайт]. — URL: https://example.org/ru/programme-2001-2010/ (дата обращения: 21.11.2026). — Текст : электронный.',
		);
	});

	test('a part with a pinpoint, in Kazakh: part // document. — locator', () => {
		const text = formatCitations({
			...act,
			lang: 'kk',
			title: { original: act.title.original },
			act: { ...act.act!, citedAs: 'Қазақстан Республикасы Үкіметінің 2001 жылғы 29 қазандағы № 1371 қаулысы' },
			part: { original: '6. ЖОСПАРЫ' },
			pinpoint: { id: 'plan-1-1-6', label: '1.1.6-тармақ' },
			site: 'Қазақстандағы көші-қон: құжаттар',
		}).gost.text;
		expect(text).toMatch(/^6\. ЖОСПАРЫ \/\/ Қазақстан .* қаулысы : \(күші жойылған\)\. — 1\.1\.6-тармақ \/\/ Қазақстандағы көші-қон: құжаттар : \[сайт\]\. — URL: .* \(қаралған күні: 21\.11\.2026\)\. — Мәтін : электрондық\.$/);
	});
});

describe('APA 7', () => {
	test('issuing body as author, dated, title in italics with the translation in brackets, retrieval date', () => {
		const { text, html } = formatCitations({ ...act, lang: 'en', title: { original: act.title.original, translated: 'On approval' }, act: { ...act.act!, issuer: 'Government of the Republic of Kazakhstan', citedAs: 'Resolution No. 1371' }, site: 'Migration in Kazakhstan: the documents' }).apa;
		expect(text).toBe(
			`Government of the Republic of Kazakhstan. (2001, October 29). ${act.title.original} [On approval] (Resolution No. 1371). Migration in Kazakhstan: the documents. Retrieved November 21, 2026, from https://example.org/ru/programme-2001-2010/`,
		);
		expect(html).toContain(`<i>${act.title.original}</i>`);
	});

	test('Kazakh dates are written out without relying on Intl data', () => {
		const { text } = formatCitations({ ...act, lang: 'kk', title: { original: 'Т' } }).apa;
		expect(text).toContain('(2001, 29 қазан)');
		expect(text).toContain('Қаралған күні: 2026 жылғы 21 қараша.');
	});

	test('text is escaped in the HTML form', () => {
		expect(formatCitations({ ...act, title: { original: 'A <b> & B' } }).apa.html).toContain('A &lt;b&gt; &amp; B');
	});
});

describe('BibTeX and RIS', () => {
	test('BibTeX: a corporate author in double braces, the act number and date, urldate, braces escaped', () => {
		const bib = formatCitations({ ...act, title: { original: 'Title {x}' } }).bibtex;
		expect(bib).toMatch(/^@misc\{programme-2001-2010,\n/);
		expect(bib).toContain('  author = {{Правительство Республики Казахстан}},');
		expect(bib).toContain('  title = {Title \\{x\\}},');
		expect(bib).toContain('  date = {2001-10-29},');
		expect(bib).toContain('  number = {1371},');
		expect(bib).toContain('  urldate = {2026-11-21},');
		expect(bib.trim().endsWith('}')).toBe(true);
	});

	test('RIS: a statute with CRLF lines, from TY to ER', () => {
		const ris = formatCitations(act).ris;
		const lines = ris.split('\r\n');
		expect(lines[0]).toBe('TY  - STAT');
		expect(lines).toContain('DA  - 2001/10/29');
		expect(lines).toContain('Y2  - 2026/11/21');
		expect(lines).toContain('UR  - https://example.org/ru/programme-2001-2010/');
		expect(lines.at(-2)).toBe('ER  - ');
		expect(ris).not.toMatch(/[^\r]\n/);
	});

	test('a part is a chapter in RIS, with the document as T2; a report, article and thesis get their own types', () => {
		expect(formatCitations({ ...act, part: { original: 'Бөлім' } }).ris).toMatch(/^TY {2}- CHAP\r\n[\s\S]*T2 {2}- Қазақстан/);
		const paper = { ...act, act: undefined, authors: ['Айтбаев А.'], year: '2024' };
		expect(formatCitations({ ...paper, kind: 'article' }).ris).toMatch(/^TY {2}- JOUR/);
		expect(formatCitations({ ...paper, kind: 'thesis' }).bibtex).toMatch(/^@mastersthesis\{/);
		expect(formatCitations({ ...paper, kind: 'report' }).bibtex).toMatch(/^@techreport\{/);
	});
});

describe('pinpointLabel', () => {
	const none = () => undefined;
	test.each([
		['p-2', 'ru', 'п. 2'],
		['p-2', 'kk', '2-тармақ'],
		['plan-1-1-6', 'en', 'item 1.1.6'],
		['s-3-1', 'ru', 'разд. 3.1'],
		['s-1-1-para-3', 'en', 'section 1.1, para. 3'],
		['s-1-1-para-3', 'kk', '1.1-бөлім, 3-абзац'],
	] as const)('%s (%s) → %s', (id, lang, label) => {
		expect(pinpointLabel(id, lang, none)).toBe(label);
	});

	test('ids without a numbered pattern are named by their heading text, or by the id itself', () => {
		expect(pinpointLabel('s-3-1-emigration-para-2', 'ru', (id) => (id === 's-3-1-emigration' ? 'Көшіп кетуді азайту' : undefined))).toBe('Көшіп кетуді азайту, абз. 2');
		expect(pinpointLabel('passport-goal', 'en', none)).toBe('#passport-goal');
	});
});

describe('a page in the site\'s own translation', () => {
	const translated: CitationInput = { ...act, documentLanguage: 'ru', unofficialTranslation: true };

	test('every format says the text cited is an unofficial translation from Kazakh, in the translation\'s language', () => {
		const citations = formatCitations(translated);
		expect(citations.gost.text).toContain('№ 1371 : (утратило силу) / неофициальный перевод с казахского языка // Миграция в Казахстане');
		expect(citations.apa.text).toContain('[Об утверждении Отраслевой программы] [неофициальный перевод с казахского языка] (постановление');
		expect(citations.bibtex).toContain('note = {unofficial translation from Kazakh; repealed by No. 1122, 2008-12-01}');
		expect(citations.bibtex).toContain('langid = {russian}');
		expect(citations.ris).toMatch(/^N1 {2}- Unofficial translation from Kazakh\r$/m);
		expect(citations.ris).toMatch(/^LA {2}- ru\r$/m);
	});

	test('a page shown in Kazakh says nothing of a translation', () => {
		const citations = formatCitations(act);
		expect(`${citations.gost.text}${citations.apa.text}${citations.bibtex}${citations.ris}`).not.toMatch(/translation|перевод/i);
	});
});
