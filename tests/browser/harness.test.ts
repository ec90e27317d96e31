import { describe, expect, it } from 'vitest';
import { checkAndClosePages, guardOf, openPage, siteUrl } from '../helpers/browser';

/**
 * The guard every browser test runs under (tests/helpers/page-guard.ts) must see what it is there to
 * see, whether or not the site has a Content Security Policy yet: a page of the site's own origin,
 * served by the test, with a CSP that blocks its inline script and an image from another origin.
 */
const PROOF_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
<title>untouched</title>
</head>
<body>
<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<img alt="" src="https://cdn.example.org/pixel.png">
<script>document.title = 'the inline script ran';</script>
</body>
</html>`;

describe('the browser test harness', () => {
	it('fails a test on a CSP violation and on a request to another origin (data: URLs are fine)', async () => {
		const page = await openPage();
		const url = `${siteUrl}/harness-proof/`;
		await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PROOF_PAGE }));
		await page.goto(url);
		expect(await page.title(), 'the CSP blocked the inline script').toBe('untouched');

		// Reports arrive asynchronously; the page has long loaded before the timeout.
		const guard = guardOf(page);
		await expect
			.poll(
				async () => {
					await guard.settle();
					return guard.recorded().length;
				},
				{ timeout: 10_000 },
			)
			.toBe(2);
		expect([...guard.recorded()].sort()).toEqual([
			expect.stringMatching(new RegExp(`^CSP violation on ${url}: script-src-elem blocked inline`)),
			`request to another origin from ${url}: GET https://cdn.example.org/pixel.png`,
		]);
		// What the shared afterEach does: this test would fail, naming both.
		const failure = await checkAndClosePages().then(
			() => 'no failure',
			(error: Error) => error.message,
		);
		expect(failure).toMatch(/^2 CSP violation\(s\) or request\(s\) to another origin:\n/);
		expect(failure).toContain('script-src-elem blocked inline');
		expect(failure).toContain('GET https://cdn.example.org/pixel.png');
	});
});
