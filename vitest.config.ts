import { defineConfig } from 'vitest/config';

// One run, three kinds of test (see ARCHITECTURE.md, "Tests"), one Vitest project each:
//   unit     tests/unit/     plugins, schemas, checks and fixture builds — no built site needed;
//   site     tests/site/     the built site in dist/: content fidelity, links, ids, budgets;
//   browser  tests/browser/  the built site served on localhost, driven in Chromium (axe, reading, citing, data).
// `npm test` builds the site first; tests/site and tests/browser fail if dist/ is missing.
//
// Timeouts are at least three times the slowest test measured on a loaded two-core machine (another
// build running beside the tests): unit and site tests take under 4 s, browser tests under 10 s; the
// fixture builds and the axe audits set their own (tests/unit/bad-content-build.test.ts,
// tests/browser/accessibility.test.ts).
export default defineConfig({
	test: {
		testTimeout: 15_000,
		hookTimeout: 30_000,
		// Fixture builds and the browser are CPU-heavy, and the machine may have two cores: files run one
		// at a time, so that no test's duration depends on what another file does.
		fileParallelism: false,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					// The files only read dist/: one module cache for all of them lets them share the parsed
					// pages (tests/helpers/dist.ts) instead of parsing the whole site once per file. So a test
					// must clone a page's elements before changing them.
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 40_000,
					// Started once for all browser test files, and only when one of them runs: the site on
					// localhost and one Chromium (tests/helpers/browser-server.ts). Every file's pages are
					// guarded against CSP violations and requests to other origins (tests/helpers/browser-hooks.ts).
					globalSetup: ['tests/helpers/browser-server.ts'],
					setupFiles: ['tests/helpers/browser-hooks.ts'],
				},
			},
		],
	},
});
