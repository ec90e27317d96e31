import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Download, type Page } from 'playwright-core';
import { guardContext, type PageGuard } from './page-guard';

/**
 * What browser test files use: the built site's URL and pages of the one Chromium that
 * tests/helpers/browser-server.ts started for the whole run. Every page is opened in a fresh, guarded
 * context; tests/helpers/browser-hooks.ts fails each test on any CSP violation or request to another
 * origin, and closes the pages.
 */

/** The built site, served on localhost (no trailing slash). */
export const siteUrl = inject('siteUrl');

let browser: Promise<Browser> | undefined;
interface Guarded {
	context: BrowserContext;
	guard: PageGuard;
}
/** Pages of the running test, closed after it. */
const testPages: Guarded[] = [];
/** Pages of the whole file (`openFilePage`), closed after it. */
const filePages: Guarded[] = [];

function sharedBrowser(): Promise<Browser> {
	browser ??= chromium.connect(inject('browserEndpoint'));
	return browser;
}

async function openGuarded(options: BrowserContextOptions, list: Guarded[]): Promise<Page> {
	const context = await (await sharedBrowser()).newContext(options);
	const guard = await guardContext(context, new URL(siteUrl).origin);
	list.push({ context, guard });
	return context.newPage();
}

/** A page in a new browser context of its own (viewport, colour scheme, permissions…), for one test. */
export function openPage(options: BrowserContextOptions = {}): Promise<Page> {
	return openGuarded(options, testPages);
}

/**
 * A page that the tests of one file share, each loading its own document: it saves starting a renderer
 * and compiling the same scripts for every test. Its guard is checked after each test all the same.
 */
export function openFilePage(options: BrowserContextOptions = {}): Promise<Page> {
	return openGuarded(options, filePages);
}

/** The guard watching a page opened by `openPage` or `openFilePage`. */
export function guardOf(page: Page): PageGuard {
	const entry = [...testPages, ...filePages].find(({ context }) => context === page.context());
	if (!entry) throw new Error('the page was not opened with openPage() or openFilePage()');
	return entry.guard;
}

/**
 * After each test: fails when a guard recorded a CSP violation or a request to another origin since the
 * last test, and closes the test's pages.
 */
export async function checkAndClosePages(): Promise<void> {
	const records: string[] = [];
	for (const { guard } of [...testPages, ...filePages]) {
		await guard.settle();
		records.push(...guard.take());
	}
	await Promise.all(testPages.splice(0).map(({ context }) => context.close()));
	if (records.length) throw new Error(`${records.length} CSP violation(s) or request(s) to another origin:\n  ${records.join('\n  ')}`);
}

/** After each file: closes its pages and disconnects it from the shared Chromium, which stays up for the next file. */
export async function disconnect(): Promise<void> {
	await Promise.all(filePages.splice(0).map(({ context }) => context.close()));
	await (await browser)?.close();
	browser = undefined;
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

/** A download's content as text (the browser is remote, so there is no local path to read). */
export async function downloadText(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
