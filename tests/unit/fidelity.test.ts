import { describe, expect, test } from 'vitest';
import { measureBlock, measureFidelity } from '../../src/checks/fidelity';

describe('measureFidelity: the words of a source, in order, on the built pages', () => {
	test('identical text matches fully; a dropped word is reported', () => {
		expect(measureFidelity('Көші-қон саясаты туралы', 'Көші-қон саясаты туралы').ratio).toBe(1);
		const report = measureFidelity('бір екі үш төрт бес', 'бір екі төрт бес');
		expect(report.matched).toBe(4);
		expect(report.missing).toEqual([{ at: 2, words: 'үш' }]);
	});

	test('extraction artefacts are normalised: Latin look-alikes, line-end hyphens (after letters or digits)', () => {
		expect(measureFidelity('iске асыру 2001-\n2010 жылдарға көшi-\nқон', 'іске асыру 2001-2010 жылдарға көші-қон').ratio).toBe(1);
	});

	test('a letter-spaced run matches its glued form, even with a lone Latin "i" in it', () => {
		const report = measureFidelity('соны бек i т i л с i н .  келесі', 'соны бекітілсін. келесі');
		expect(report.ratio).toBe(1);
	});

	test('a half-spaced word counts as re-spaced, not missing', () => {
		const report = measureFidelity('болжам жасауға мүмкінд ік беред i.', 'болжам жасауға мүмкіндік береді.');
		expect(report.ratio).toBe(1);
		expect(report.respaced).toBe(4);
	});

	test('a word moved back a few words counts as moved; a word that is gone does not', () => {
		const moved = measureFidelity('Республикасының мен халықаралық Конституциясы шарттар', 'Республикасының Конституциясы мен халықаралық шарттар');
		expect(moved.ratio).toBe(1);
		expect(moved.moved).toBe(1);
		const gone = measureFidelity('бір екі үш', 'бір екі');
		expect(gone.moved).toBe(0);
		expect(gone.matched).toBe(2);
	});

	test('a word "moved" further than the window is missing', () => {
		const filler = Array.from({ length: 60 }, (_, i) => `сөз${i}`).join(' ');
		const report = measureFidelity(`ерекше ${filler}`, `${filler} ерекше`);
		expect(report.moved).toBe(0);
		expect(report.missing.map((m) => m.words)).toContain('ерекше');
	});

	test('lines the edition omits as page furniture are not measured, and are counted', () => {
		const report = measureFidelity(['Кіріспе сөз', '14', 'Соңы'].join('\n'), 'Кіріспе сөз Соңы', [], [[2, 2]]);
		expect(report.ratio).toBe(1);
		expect(report.total).toBe(3);
		expect(report.omittedWords).toBe(1);
	});

	test('numbers of two or more digits are never glued as letter-spaced text', () => {
		const report = measureFidelity('Ресей 97 2 31 35 66 7 13', 'Ресей 97 2 31 35 66 7 13');
		expect(report.ratio).toBe(1);
		expect(report.missing).toEqual([]);
	});

	test('formula variables match in either script (Cyrillic Х, Ү typed for X, Y)', () => {
		expect(measureFidelity('Ү = 0.185Х1 + 48Х3', 'Y = 0.185X1 + 48X3').ratio).toBe(1);
	});

	test('a dataset block may drop furniture but never adds letters', () => {
		const lines = ['4 кесте – Сальдо', '1 2 3', 'Жыл 2003 1200'];
		const dropped = measureBlock(lines, { ranges: [[1, 3]], text: '4 кесте – Сальдо Жыл 2003 1200', kind: 'dataset' });
		expect(dropped.extraLetters).toBe('');
		expect(dropped.missing).toEqual(['1', '2', '3']);
		// A run of single digits ("0 0 0 0") is matched glued, and the words after it still match whole.
		const zeros = measureBlock(['Сальдо 0 0 0 0', 'Келді 28718 9887'], { ranges: [[1, 2]], text: 'Сальдо 0 0 0 0 Келді 28718 9887', kind: 'dataset' });
		expect(zeros.missing).toEqual([]);
		const invented = measureBlock(lines, { ranges: [[1, 3]], text: '4 кесте – Сальдо Жыл 2003 1200 барлығы', kind: 'dataset' });
		expect(invented.extraLetters).toContain('extra');
	});

	test('lines keyed into blocks are left out of the ordered comparison and measured as bags', () => {
		const source = ['Кіріспе сөз', 'Атауы   Мерзімі', 'жоспар.  2002 жылғы', 'лары   қазан', 'Соңы'].join('\n');
		const report = measureFidelity(source, 'Кіріспе сөз Соңы', [{ ranges: [[2, 4]], text: 'Атауы жоспарлары 2002 жылғы қазан Мерзімі' }]);
		expect(report.ratio).toBe(1);
		expect(report.blocks).toHaveLength(1);
		expect(report.blocks[0]!.letterDifference).toBe('');
	});
});

describe('measureBlock: a table row against its source lines', () => {
	const lines = [
		'1.1.1. Көшiп келу жөнiн.  Қазақстан         ҰҚК (келісім    2004 жылғы',
		'дегi деректердiң ақпа.    Республикасының   бойынша), КДА,  қазан',
		'раттық қорын жасау        Үкіметіне         СІМ, ІІМ, СА',
		'ә з i р л е у                    Ү к і м е т і н е          б о й ы н ш а )',
	];
	const row = '1.1.1. Көшіп келу жөніндегі деректердің ақпараттық қорын жасау әзірлеу Қазақстан Республикасының Үкіметіне Үкіметіне ҰҚК (келісім бойынша) бойынша), КДА, СІМ, ІІМ, СА 2004 жылғы қазан';

	test('words broken across lines and columns printed side by side still match, letter for letter', () => {
		const report = measureBlock(lines, { ranges: [[1, 4]], text: row });
		expect(report.missing).toEqual([]);
		expect(report.matched).toBe(report.total);
		expect(report.letterDifference).toBe('');
	});

	test('a word short of an abbreviation ("СА" inside "жасау") is not taken from a longer word first', () => {
		const report = measureBlock(lines.slice(0, 3), { ranges: [[1, 3]], text: row.replace(' әзірлеу', '').replace('Үкіметіне Үкіметіне', 'Үкіметіне').replace(' бойынша),', ',') });
		expect(report.missing).toEqual([]);
	});

	test('a lost word and an invented one are both caught', () => {
		const lost = measureBlock(lines, { ranges: [[1, 4]], text: row.replace('2004', '') });
		expect(lost.missing).toEqual(['2004']);
		expect(lost.letterDifference).toContain('missing');
		const invented = measureBlock(lines, { ranges: [[1, 4]], text: `${row} және` });
		expect(invented.letterDifference).toContain('extra');
	});
});
