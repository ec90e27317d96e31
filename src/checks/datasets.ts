import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist';
import { distTarget, type SiteAddress } from './site-address';

/**
 * Every dataset must be shown, in every language, on the page its YAML names: its JSON download's
 * `urls` (one per language, page#id) must each reach an element rendered by <Dataset>. A dataset
 * keyed but never placed with <Dataset id="…" />, or placed on another page, fails the build.
 */
export function checkDatasetPlacement(pages: BuiltPage[], distDir: string, address: SiteAddress = { base: '/' }): string[] {
	const dataDir = join(distDir, 'data');
	if (!existsSync(dataDir)) return [];
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const problems: string[] = [];
	for (const document of readdirSync(dataDir)) {
		for (const file of readdirSync(join(dataDir, document)).filter((f) => f.endsWith('.json'))) {
			const data = JSON.parse(readFileSync(join(dataDir, document, file), 'utf8')) as { id: string; urls: Record<string, string> };
			const yaml = `src/content/datasets/${document}/${data.id}.yaml`;
			for (const url of Object.values(data.urls)) {
				const target = distTarget(url, '/', address);
				const page = target.kind === 'site' ? byPath.get(target.path) : undefined;
				if (!page || target.kind !== 'site') problems.push(`${yaml}: its page ${url} does not exist (check \`page\`)`);
				else if (!page.$(`[data-dataset="${target.fragment}"]`).length) problems.push(`${yaml}: not shown on ${target.path} (add <Dataset id="${data.id}" /> to that page, or fix \`page\`)`);
			}
		}
	}
	return problems;
}
