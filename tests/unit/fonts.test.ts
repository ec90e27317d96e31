import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createFontStack } from '@capsizecss/core';
import notoSerif from '@capsizecss/metrics/notoSerif';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { declaredFonts, parseUnicodeRange } from '../../src/checks/font-budget';

const fontsCss = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...fontsCss.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => body!);
const property = (face: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(face)?.[1];

describe('styles/fonts.css', () => {
	it('the fallback faces carry the metric overrides that Capsize computes for Noto Serif over Times New Roman', () => {
		const { fontFaces } = createFontStack([notoSerif, timesNewRoman], { fontFaceFormat: 'styleObject' });
		const expected = fontFaces[0]!['@font-face'];
		const fallbacks = faces.filter((face) => property(face, 'font-family') === "'Noto Serif fallback'");
		expect(fallbacks).toHaveLength(2);
		for (const face of fallbacks) {
			expect(property(face, 'size-adjust')).toBe(expected.sizeAdjust);
			expect(property(face, 'ascent-override')).toBe(expected.ascentOverride);
			expect(property(face, 'descent-override')).toBe(expected.descentOverride);
			expect(property(face, 'line-gap-override')).toBe(expected.lineGapOverride);
			// Times New Roman's metric-compatible clones: Liberation Serif (Linux), Tinos (ChromeOS).
			expect(property(face, 'src')).toMatch(/local\('Times New Roman.*local\('Liberation Serif.*local\('Tinos/);
		}
	});

	it('every web font face is a woff2 file of @fontsource/noto-serif, shown with font-display: swap', () => {
		const require = createRequire(import.meta.url);
		const webFaces = faces.filter((face) => property(face, 'font-family') === "'Noto Serif'");
		expect(webFaces).toHaveLength(8); // regular and bold × cyrillic-ext, cyrillic, latin-ext, latin
		for (const face of webFaces) {
			expect(property(face, 'font-display')).toBe('swap');
			const [font] = declaredFonts(`@font-face{${face}}`);
			expect(font!.url).toMatch(/^@fontsource\/noto-serif\/files\/noto-serif-[a-z-]+-(400|700)-normal\.woff2$/);
			expect(() => require.resolve(font!.url)).not.toThrow();
		}
	});
});

describe('parseUnicodeRange', () => {
	it('reads single code points, ranges and the wildcards a minifier writes', () => {
		expect(parseUnicodeRange('U+0400-045F, U+2116')).toEqual([
			[0x400, 0x45f],
			[0x2116, 0x2116],
		]);
		expect(parseUnicodeRange('U+??,U+4??')).toEqual([
			[0, 0xff],
			[0x400, 0x4ff],
		]);
	});
});
