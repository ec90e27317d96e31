import type { BrowserContext, Page, Request } from 'playwright-core';

/**
 * Watches a browser context for what no page of the site may do: break its Content Security Policy, or
 * make a request to another origin (the site is self-contained: everything it loads comes from its own
 * origin). Every context opened through tests/helpers/browser.ts is guarded, and a test fails when its
 * pages' guards have recorded anything.
 */
export interface PageGuard {
	/** What has been recorded since the last `take`, one readable line each. */
	recorded(): readonly string[];
	/** Returns what has been recorded and clears the record. */
	take(): string[];
	/** Waits until the pages' pending CSP reports have arrived (they are dispatched asynchronously). */
	settle(): Promise<void>;
}

/** Schemes that never leave the page: inline data and object URLs it made itself. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

const BINDING = '__reportCspViolation';

/** Runs in every page and frame before its own scripts: reports each CSP violation to the test. */
function reportViolations(binding: string) {
	document.addEventListener(
		'securitypolicyviolation',
		(event) => {
			const report = (window as unknown as Record<string, (text: string) => void>)[binding]!;
			const sample = event.sample ? ` "${event.sample.slice(0, 80)}"` : '';
			// blockedURI is a URL, or "inline" / "eval" for what the page itself contains.
			report(`CSP violation on ${event.documentURI}: ${event.effectiveDirective} blocked ${event.blockedURI}${sample}`);
		},
		true,
	);
}

/** The page that made a request (a service worker's request has no frame). */
function initiator(request: Request): string {
	try {
		return request.frame().url();
	} catch {
		return 'a worker';
	}
}

export async function guardContext(context: BrowserContext, siteOrigin: string): Promise<PageGuard> {
	let records: string[] = [];
	await context.exposeBinding(BINDING, (_source, text: string) => {
		records.push(text);
	});
	await context.addInitScript(reportViolations, BINDING);
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== siteOrigin && !LOCAL_SCHEMES.has(url.protocol)) {
			records.push(`request to another origin from ${initiator(request)}: ${request.method()} ${request.url()}`);
		}
	});
	return {
		recorded: () => records,
		take() {
			const taken = records;
			records = [];
			return taken;
		},
		async settle() {
			// A task's turn in each open page: violation events queued before it have been dispatched,
			// and their reports sent, by the time it returns.
			const pages: Page[] = context.pages().filter((page) => !page.isClosed());
			await Promise.all(pages.map((page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => undefined)));
		},
	};
}
