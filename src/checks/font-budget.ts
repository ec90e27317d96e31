import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist';

/** A web font file declared by an @font-face rule, and the code points it is downloaded for. */
export interface DeclaredFont {
	url: string;
	ranges: [number, number][];
}

const ALL_CODE_POINTS: [number, number][] = [[0, 0x10ffff]];

/**
 * `U+0400-045F, U+2116, U+4??` → code-point ranges. A `?` is a wildcard hex digit (a minifier writes
 * U+0000-00FF as `U+??`).
 */
export function parseUnicodeRange(value: string): [number, number][] {
	return value.split(',').map((part) => {
		const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
		if (start.includes('?')) return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'F'), 16)];
		return [parseInt(start, 16), parseInt(end!, 16)];
	});
}

/** The downloadable files of every @font-face rule in a stylesheet (local() sources are not downloads). */
export function declaredFonts(css: string): DeclaredFont[] {
	const fonts: DeclaredFont[] = [];
	for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
		const range = /unicode-range\s*:\s*([^;}]+)/.exec(body!)?.[1];
		for (const [, url] of body!.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
			fonts.push({ url: url!, ranges: range ? parseUnicodeRange(range) : ALL_CODE_POINTS });
		}
	}
	return fonts;
}

export interface PageFonts {
	page: string;
	/** Every font file the page can download, by URL path. */
	files: string[];
	/** Their bytes as served (woff2 is compressed already). */
	bytes: number;
}

/**
 * The font files a built page can download: those of its stylesheets' and inline styles' @font-face
 * rules whose unicode-range holds a character the page shows (its body text and placeholders), in
 * every weight and style declared — an upper bound, since a browser downloads a face only in the
 * weights and styles the page uses (tests/browser/fonts.test.ts measures what it really downloads).
 */
export function measurePageFonts(page: BuiltPage, distDir: string): PageFonts {
	const $ = page.$;
	const css = [
		...$('link[rel="stylesheet"]')
			.map((_, el) => readFileSync(join(distDir, $(el).attr('href')!), 'utf8'))
			.get(),
		...$('style')
			.map((_, el) => $(el).text())
			.get(),
	].join('\n');
	const shown = $('body').text() + $('[placeholder]').map((_, el) => $(el).attr('placeholder')).get().join('');
	const codePoints = new Set([...shown].map((char) => char.codePointAt(0)!));
	const needed = (font: DeclaredFont) => [...codePoints].some((cp) => font.ranges.some(([from, to]) => cp >= from && cp <= to));
	const files = [...new Set(declaredFonts(css).filter(needed).map((font) => font.url))];
	const bytes = files.reduce((sum, url) => sum + statSync(join(distDir, url)).size, 0);
	return { page: page.path, files, bytes };
}
