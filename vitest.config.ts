import { defineConfig } from 'vitest/config';

// One run, three kinds of test (see ARCHITECTURE.md, "Tests"):
//   tests/unit/     plugins, schemas, checks and fixture builds — no built site needed;
//   tests/site/     the built site in dist/: content fidelity, links, ids, budgets;
//   tests/browser/  the built site served on localhost, driven in Chromium (axe, navigation, switcher).
// `npm test` builds the site first; tests/site and tests/browser fail if dist/ is missing.
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser tests share one Chromium and one server; fixture builds are CPU-heavy: run files one by one.
		fileParallelism: false,
	},
});
