import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { DIST, ROOT } from './dist';

/**
 * Global setup of the browser tests (vitest.config.ts, project "browser"): runs once per test run, in
 * Vitest's main process. It serves dist/ with `astro preview` and launches one Chromium, and hands
 * both to the test files (`inject('siteUrl')`, `inject('browserEndpoint')`), which connect to them
 * through tests/helpers/browser.ts instead of starting their own.
 */

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site, served on localhost: http://127.0.0.1:{port} (no trailing slash). */
		siteUrl: string;
		/** The shared Chromium's WebSocket endpoint, for `chromium.connect`. */
		browserEndpoint: string;
	}
}

/** Debian's Chromium (or CHROME_PATH): browser tests never download a browser of their own. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	// The closed network of CI: no background traffic, no first-run prompts.
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// No host but localhost resolves: a request to another origin fails at once, never reaching the
	// network. The harness (tests/helpers/page-guard.ts) still sees it and fails the test.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does this).');
	if (!existsSync(CHROME_PATH)) {
		throw new Error(
			`Browser tests need Chromium at ${CHROME_PATH}. Install it with \`apt-get install -y chromium\` (Debian) or set CHROME_PATH to a Chromium/Chrome binary.`,
		);
	}
	// Port 0: the system picks a free port, so runs in other worktrees on this machine never collide.
	const [served, launched] = await Promise.allSettled([
		preview({ root: ROOT, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' }),
		chromium.launchServer({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS }),
	]);
	if (served.status === 'rejected' || launched.status === 'rejected') {
		if (served.status === 'fulfilled') await served.value.stop();
		if (launched.status === 'fulfilled') await launched.value.close();
		throw served.status === 'rejected' ? served.reason : (launched as PromiseRejectedResult).reason;
	}
	const [server, browser] = [served.value, launched.value];
	project.provide('siteUrl', `http://127.0.0.1:${server.port}`);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await Promise.all([browser.close(), server.stop()]);
	};
}
