import { describe, expect, test } from 'vitest';
import { termNameToken } from '../../src/search/term-names';
import { foldedWords, sentWordIndices, unitIndexQuery } from '../../src/search/folded-units';

describe('glossary term names as exact-name tokens', () => {
	test('a name and a query meet however spaced or typed', () => {
		expect(termNameToken('Уақытша  тіркеу')).toBe(termNameToken('уакытша тиркеу'));
		expect(termNameToken('ТМД')).toBe('тмгӿтмд');
		expect(termNameToken('Еңбек көші-қоны')).toBe('енбейӿенбеккошиконы');
	});

	test('another name, longer, shorter or inflected, is another token', () => {
		expect(termNameToken('еңбек')).not.toBe(termNameToken('еңбек көші-қоны'));
		expect(termNameToken('еңбек көші-қоны саясаты')).not.toBe(termNameToken('еңбек көші-қоны'));
		expect(termNameToken('мигранттар')).not.toBe(termNameToken('мигрант'));
	});

	test('a name token is one index token, sorting right before what the query\'s first sent word sends, not after it', () => {
		for (const name of ['еңбек көші-қоны', 'brain drain', 'вид на жительство', 'Қазақстандағы', 'шекара маңындағы сауда', 'көші-қон', 'ААҚ']) {
			const token = termNameToken(name);
			const readings = unitIndexQuery(foldedWords(name)).split(' ');
			const first = readings[sentWordIndices(readings)[0]!]!;
			expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
			// Before the reading, after every token that sorts before it (those start with less).
			expect(token < first, name).toBe(true);
			expect(token.startsWith(first), name).toBe(false);
			expect(token.startsWith(first.slice(0, -1)), name).toBe(true);
		}
		// Of three words, the two longest readings are sent: «шекара» and «сауда», not «ман».
		expect(termNameToken('шекара маңындағы саудасын')).toMatch(/^шекарzӿ/);
		expect(sentWordIndices(unitIndexQuery(foldedWords('шекара маңындағы саудасын')).split(' '))).toEqual([0, 2]);
	});
});
