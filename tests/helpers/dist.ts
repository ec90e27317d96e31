import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBuiltPages, type BuiltPage } from '../../src/checks/dist';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

let cache: Promise<BuiltPage[]> | undefined;

/**
 * The built site's pages, parsed once and shared by every site test file (vitest.config.ts): clone
 * elements before changing them. Fails clearly when the site is not built.
 */
export function builtPages(): Promise<BuiltPage[]> {
	if (!existsSync(`${DIST}index.html`)) {
		throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does this).');
	}
	cache ??= loadBuiltPages(DIST);
	return cache;
}
