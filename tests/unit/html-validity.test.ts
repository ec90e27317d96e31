import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateHtml } from '../../src/checks/html-validity';

/** The HTML check of tests/site/html-validity.test.ts can fail: it reports the errors the site once had. */
describe('validateHtml (vnu.jar)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it(
		'reports a duplicate id and an ARIA role on a native table row, naming the file and line; valid pages pass',
		async () => {
			const head = '<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>t</title></head><body>\n';
			writeFileSync(join(dir, 'bad.html'), `${head}<main id="main"></main>\n<h2 id="main">x</h2>\n<table><tr role="row"><td>1</td></tr></table></body></html>`);
			writeFileSync(join(dir, 'good.html'), `${head}<main id="site-main"><h1 id="main">x</h1></main></body></html>`);
			const errors = await validateHtml(dir);
			expect(errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
				'bad.html:3: Duplicate ID “main”.',
				expect.stringMatching(/^bad\.html:4: The “role” attribute must not be used on a “tr” element/),
			]);
		},
		60_000,
	);
});
