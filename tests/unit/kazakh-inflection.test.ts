import { describe, expect, test } from 'vitest';
import { harmoniesOf, isEndingChain, isKazakhInflection } from '../../src/matching/kazakh-inflection';

/** Word forms as the sources print them (grep ../shared/seeds), each with its lemma. */
describe('isKazakhInflection', () => {
	test('accepts the sources’ inflected forms of a noun: plural, possessive, case, in order and in harmony', () => {
		const forms: [string, string][] = [
			['оралман', 'оралман'],
			['оралмандар', 'оралман'],
			['оралмандардың', 'оралман'],
			['Оралмандарға', 'оралман'],
			['оралмандарды', 'оралман'],
			['көші-қоны', 'көші-қон'],
			['көші-қонның', 'көші-қон'],
			['көші-қонының', 'көші-қон'],
			['көші-қонымен', 'көші-қон'],
			['көші-қонына', 'көші-қоны'],
			['көші-қонын', 'көші-қоны'],
			['қандастарымыздың', 'қандас'],
			['мигранттардың', 'мигрант'],
			['миграцияға', 'миграция'],
			['реадмиссиясы', 'реадмиссия'],
			['босқындарға', 'босқын'],
			['елдердегі', 'ел'],
			['квотасын', 'квота'],
			['урбанизацияның', 'урбанизация'],
		];
		for (const [word, lemma] of forms) expect(isKazakhInflection(word, lemma), `${word} ← ${lemma}`).toBe(true);
	});

	test('a head in the possessive takes the plural before it: шығу елі → шығу елдері, елдерінен', () => {
		expect(isKazakhInflection('елдері', 'елі')).toBe(true);
		expect(isKazakhInflection('елдерінен', 'елі')).toBe(true);
		expect(isKazakhInflection('мигранттарының', 'мигранты')).toBe(true);
		// A plural without the possessive is another phrase (елдерге: "to countries").
		expect(isKazakhInflection('елдерге', 'елі')).toBe(false);
	});

	test('voices a stem-final п, к, қ before a vowel-initial ending (құқық → құқығы), and only there', () => {
		expect(isKazakhInflection('құқығы', 'құқық')).toBe(true);
		expect(isKazakhInflection('құқықтары', 'құқық')).toBe(true);
		expect(isKazakhInflection('кітабы', 'кітап')).toBe(true);
		expect(isKazakhInflection('жүрегі', 'жүрек')).toBe(true);
		expect(isKazakhInflection('құқығтар', 'құқық')).toBe(false);
	});

	test('rejects other words that start with the lemma: derivation (-шы, -лық, -лау), verbs, wrong harmony', () => {
		const others: [string, string][] = [
			['көші-қоншылар', 'көші-қон'],
			['көші-қондық', 'көші-қон'],
			['көші-қонып', 'көші-қон'],
			['көші-қонуға', 'көші-қон'],
			['босқындық', 'босқын'],
			['квоталау', 'квота'],
			['депортациялау', 'депортация'],
			['оралмандерге', 'оралман'],
			['елтаңба', 'ел'],
			['елші', 'ел'],
		];
		for (const [word, lemma] of others) expect(isKazakhInflection(word, lemma), `${word} ← ${lemma}`).toBe(false);
	});
});

describe('vowel harmony', () => {
	test('the last vowel decides; и and у, and no vowel at all, allow both', () => {
		expect(harmoniesOf('оралман')).toEqual(['back']);
		expect(harmoniesOf('ел')).toEqual(['front']);
		expect(harmoniesOf('миграция')).toEqual(['back']);
		expect(harmoniesOf('туризм')).toEqual(['back', 'front']);
		expect(harmoniesOf('ТМД'.toLowerCase())).toEqual(['back', 'front']);
	});

	test('an ending chain keeps one harmony and the slot order plural → possessive → case', () => {
		expect(isEndingChain('дардың', ['back'])).toBe(true);
		expect(isEndingChain('дердың', ['back', 'front'])).toBe(false);
		expect(isEndingChain('ныдар', ['back'])).toBe(false);
	});
});
