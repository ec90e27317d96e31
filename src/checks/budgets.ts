import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist';

export interface PageWeight {
	page: string;
	/** gzip bytes of the JS a page loads up front: module/classic scripts and inline scripts. */
	js: number;
	/** gzip bytes of the page's stylesheets and inline styles. */
	css: number;
	/** Every script URL the page loads up front (to prove search/chart code is not among them). */
	scripts: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Measures what a page loads before any interaction: external scripts and stylesheets are read from
 * dist/ (and their static imports followed), inline ones are taken from the HTML. JSON data blocks are
 * not code. Dynamic import() targets are not followed: they load only when used.
 */
export function measurePage(page: BuiltPage, distDir: string): PageWeight {
	const $ = page.$;
	const scripts: string[] = [];
	let js = 0;
	const seen = new Set<string>();
	const addScript = (src: string) => {
		if (seen.has(src)) return;
		seen.add(src);
		scripts.push(src);
		const code = readFileSync(join(distDir, src), 'utf8');
		js += gz(code);
		// Static imports of bundled chunks: `import{a as b}from"./chunk.js"` / `import "./x.js"`.
		for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
			addScript(new URL(match[1]!, `http://site${src}`).pathname);
		}
	};
	$('script').each((_, el) => {
		const type = $(el).attr('type');
		if (type && type !== 'module' && type !== 'text/javascript') return;
		const src = $(el).attr('src');
		if (src) addScript(src);
		else js += gz($(el).text());
	});
	let css = 0;
	$('link[rel="stylesheet"]').each((_, el) => {
		css += gz(readFileSync(join(distDir, $(el).attr('href')!)));
	});
	$('style').each((_, el) => {
		css += gz($(el).text());
	});
	return { page: page.path, js, css, scripts };
}
