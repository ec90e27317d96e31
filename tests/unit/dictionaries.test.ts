import { afterEach, describe, expect, test, vi } from 'vitest';
import kk from '../../src/dictionaries/kk';
import ru from '../../src/dictionaries/ru';
import en from '../../src/dictionaries/en';
import { dictionarySchema } from '../../src/dictionaries/schema';
import { useTranslations } from '../../src/dictionaries';
import { fillPlaceholders } from '../../src/dictionaries/fill';

describe('UI dictionaries', () => {
	// Keys and empty strings are checked when the dictionaries load (see below); placeholders are not.
	test('placeholders in ru and en match the Kazakh reference', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, reference] of Object.entries(kk)) {
			for (const dict of [ru, en] as Record<string, string>[]) expect(placeholders(dict[key]!), key).toEqual(placeholders(reference));
		}
	});
});

describe('dictionarySchema', () => {
	const schema = dictionarySchema(['a.one', 'a.two']);

	test('accepts a dictionary with exactly the reference keys', () => {
		expect(schema.safeParse({ 'a.one': 'One', 'a.two': 'Two' }).success).toBe(true);
	});

	test('rejects a missing key, naming it', () => {
		const result = schema.safeParse({ 'a.one': 'One' });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('a.two');
	});

	test('rejects an extra key, naming it', () => {
		const result = schema.safeParse({ 'a.one': 'One', 'a.two': 'Two', 'a.three': 'Three' });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
		expect(JSON.stringify(result.error!.issues)).toContain('a.three');
	});

	test('rejects an empty or whitespace-only string, naming the key', () => {
		for (const empty of ['', '   ']) {
			const result = schema.safeParse({ 'a.one': 'One', 'a.two': empty });
			expect(result.success).toBe(false);
			expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['a.two']);
		}
	});

	test('rejects a non-string value', () => {
		expect(schema.safeParse({ 'a.one': 'One', 'a.two': 2 }).success).toBe(false);
	});
});

describe('useTranslations', () => {
	test('returns the string of the language', () => {
		expect(useTranslations('kk')('nav.home')).toBe(kk['nav.home']);
		expect(useTranslations('ru')('nav.home')).toBe('Главная');
		expect(useTranslations('en')('nav.home')).toBe('Home');
	});

	test('interpolates {placeholders}', () => {
		expect(useTranslations('ru')('search.results', { query: 'x', count: 3 })).toBe('Найдено страниц по запросу «x»: 3');
		expect(useTranslations('en')('search.results', { query: 'oralman', count: 0 })).toBe('Pages found for “oralman”: 0');
		expect(useTranslations('kk')('search.noResults', { query: 'x' })).toBe('«x» бойынша ештеңе табылмады.');
	});

	test('leaves a placeholder without a value as it is', () => {
		expect(useTranslations('en')('search.results', { query: 'x' })).toBe('Pages found for “x”: {count}');
	});
});

describe('fillPlaceholders (shared by the build and the browser)', () => {
	test('fills every placeholder, numbers included', () => {
		expect(fillPlaceholders('«{query}»: {count}, «{query}»', { query: 'x', count: 0 })).toBe('«x»: 0, «x»');
	});

	test('leaves a placeholder without a value as it is, even one named like an object property', () => {
		expect(fillPlaceholders('{label} {constructor}', {})).toBe('{label} {constructor}');
	});

	test('inserts values literally: "$&" in a value is not a replacement pattern', () => {
		expect(fillPlaceholders('п. {label}', { label: '$& 2' })).toBe('п. $& 2');
	});
});

describe('validation when src/dictionaries/index.ts loads', () => {
	afterEach(() => {
		vi.doUnmock('../../src/dictionaries/ru');
		vi.doUnmock('../../src/dictionaries/en');
		vi.resetModules();
	});

	test('a dictionary with a missing key makes the import throw, naming the file and the key', async () => {
		vi.resetModules();
		vi.doMock('../../src/dictionaries/ru', async (importOriginal) => {
			const { default: original } = await importOriginal<{ default: Record<string, string> }>();
			const { 'nav.home': _, ...rest } = original;
			return { default: rest };
		});
		await expect(import('../../src/dictionaries/index')).rejects.toThrow(/src\/dictionaries\/ru\.ts: invalid UI dictionary — nav\.home: /);
	});

	test('a dictionary with an extra key or an empty string makes the import throw', async () => {
		vi.resetModules();
		vi.doMock('../../src/dictionaries/en', async (importOriginal) => {
			const { default: original } = await importOriginal<{ default: Record<string, string> }>();
			return { default: { ...original, 'nav.home': ' ', 'nav.typo': 'Typo' } };
		});
		const error = await import('../../src/dictionaries/index').then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toContain('src/dictionaries/en.ts: invalid UI dictionary');
		expect(error?.message).toContain('nav.typo');
		expect(error?.message).toContain('nav.home');
	});
});
