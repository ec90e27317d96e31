import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** One built HTML page: its URL path ("/kk/concept-2000/") and parsed DOM. */
export interface BuiltPage {
	path: string;
	file: string;
	$: CheerioAPI;
}

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else if (entry.name.endsWith('.html')) yield full;
	}
}

/** URL path of a built file: dist/kk/x/index.html → /kk/x/, dist/404.html → /404.html. */
export function urlPathOf(distDir: string, file: string): string {
	const rel = relative(distDir, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** Every HTML page in a build output directory, parsed. */
export async function loadBuiltPages(distDir: string): Promise<BuiltPage[]> {
	const pages: BuiltPage[] = [];
	for await (const file of walk(distDir)) {
		pages.push({ path: urlPathOf(distDir, file), file, $: load(await readFile(file, 'utf8')) });
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}
