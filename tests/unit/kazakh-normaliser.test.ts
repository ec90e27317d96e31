import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attestedStems, fold, joinDigitGroups, stem, stemCandidates, words } from '../../src/search/kazakh-normaliser';

/** The site's Kazakh vocabulary, folded: every word of the five source texts. */
const ROOT = join(import.meta.dirname, '../..');
const sourceWords = readdirSync(join(ROOT, 'sources'))
	.filter((file) => file.endsWith('.txt'))
	.flatMap((file) => words(readFileSync(join(ROOT, 'sources', file), 'utf8')));
const vocabulary = new Set(sourceWords.map(fold));
const isWord = (word: string) => vocabulary.has(word);

describe('fold', () => {
	test('lower case, the Kazakh letters a Russian keyboard lacks as their nearest Russian ones', () => {
		expect(fold('Қазақстандағы')).toBe('казакстандагы');
		expect(fold('ӘЛЕУМЕТТІК')).toBe('алеуметтик');
		expect(fold('өңір')).toBe('онир');
		expect(fold('ұлттық үкімет')).toBe('улттык укимет');
		expect(fold('Һ')).toBe('х');
	});

	test('Latin look-alikes of a PDF extraction inside a Cyrillic word count as the Cyrillic letters', () => {
		expect(fold('iске')).toBe(fold('іске'));
		expect(fold('Yкiметi')).toBe(fold('Үкіметі'));
	});

	test('folding a folded word changes nothing (the index and the query may fold twice)', () => {
		for (const word of sourceWords) expect(fold(fold(word)), word).toBe(fold(word));
	});
});

describe('stem: inflected and folded forms of the sources\' words meet at one stem', () => {
	test.each([
		['оралмандарға', 'оралман'],
		['оралмандардың', 'оралман'],
		['Қазақстандағы', 'казакстан'],
		['казакстандагы', 'казакстан'],
		['көшіп-қонушылардың', 'кошип-конушы'],
		['коши-коннын', 'коши-кон'],
		['елдерінен', 'ел'],
		['мемлекеттердің', 'мемлекет'],
		['босқындарды', 'боскын'],
		['аймақтарының', 'аймак'],
		['қаласында', 'кала'],
		['жұмысы', 'жумыс'],
	])('%s → %s', (word, expected) => {
		expect(stem(word, isWord)).toBe(expected);
	});

	test('a stem-final п/к/қ voiced before a vowel is found unvoiced: құқығы, аумағында', () => {
		expect(stem('құқығы', isWord)).toBe('кукык');
		expect(stem('аумағында', isWord)).toBe('аумак');
	});

	test('never strips into a word the texts do not have: «Қазақстан» keeps «-тан», «көші-қон» its «-н»', () => {
		expect(stemCandidates('казакстан')).toContain('казакс');
		expect(stem('Қазақстан', isWord)).toBe('казакстан');
		expect(stem('көші-қон', isWord)).toBe('коши-кон');
		// Every word of the sources stems to a word of the sources.
		for (const word of vocabulary) expect(vocabulary.has(stem(word, isWord)), word).toBe(true);
	});

	test('a stem the text never has bare is attested by two of its forms, not by one', () => {
		const vocabulary = new Set(['карточкасы', 'карточкалары', 'шекарасы']);
		const isAttested = attestedStems(vocabulary);
		expect(stem('карточкалары', (w) => vocabulary.has(w), isAttested)).toBe('карточка');
		expect(stem('шекарасының', (w) => vocabulary.has(w), isAttested)).toBe('шекарасы');
	});

	test('a word of the text wins over a reading that two forms attest: «босқын», not «боск» + -ын', () => {
		const isAttested = attestedStems(vocabulary);
		expect(isAttested('боск')).toBe(true);
		expect(stem('босқындар', isWord, isAttested)).toBe('боскын');
	});

	test('how much it conflates: the sources\' distinct folded words and their stems', () => {
		const stems = new Set([...vocabulary].map((word) => stem(word, isWord)));
		console.info(`kazakh normaliser: ${vocabulary.size} distinct folded words → ${stems.size} stems`);
		expect(stems.size).toBeLessThan(vocabulary.size * 0.75);
	});
});

describe('numbers printed in groups of three', () => {
	test('are one word whatever the space between groups, as the texts also print them', () => {
		expect(joinDigitGroups('халқы 1 797 431 адамды')).toBe('халқы 1797431 адамды');
		expect(joinDigitGroups('1\u00a0797\u202f431')).toBe('1797431');
		expect(words(joinDigitGroups('18 324 237 адам'))).toEqual(['18324237', 'адам']);
		expect(joinDigitGroups('қаласында 2,222,782 адам, 2,63 %')).toBe('қаласында 2222782 адам, 2,63 %');
	});

	test('a year and a number that is no group of three stay apart', () => {
		expect(joinDigitGroups('2019 1 000')).toBe('2019 1000');
		expect(joinDigitGroups('2017 2018 жылдары 15 адам')).toBe('2017 2018 жылдары 15 адам');
	});
});

