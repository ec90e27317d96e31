import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { ROOT, DIST } from './dist';

/** Debian's Chromium (or CHROME_PATH): browser tests never download a browser of their own. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROME_PATH)) {
		throw new Error(
			`Browser tests need Chromium at ${CHROME_PATH}. Install it with \`apt-get install -y chromium\` (Debian) or set CHROME_PATH to a Chromium/Chrome binary.`,
		);
	}
	return chromium.launch({
		executablePath: CHROME_PATH,
		// The closed network of CI: no background traffic, no first-run prompts.
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** Serves dist/ on localhost with `astro preview`. */
export async function serveSite(): Promise<{ url: string; stop: () => Promise<void> }> {
	if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does this).');
	const port = 4400 + Math.floor(Math.random() * 500);
	const server = await preview({ root: ROOT, server: { port, host: '127.0.0.1' }, logLevel: 'error' });
	return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/** Collects console errors and uncaught exceptions of a page, for "no console errors" assertions. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg: ConsoleMessage) => {
		if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	return errors;
}
