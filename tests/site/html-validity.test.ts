import { describe, expect, it } from 'vitest';
import { validateHtml } from '../../src/checks/html-validity';
import { builtPages, DIST } from '../helpers/dist';

/** vnu.jar checks ~200 pages in 10–30 s on this machine, about a minute beside another build. */
const VNU_TIMEOUT = 240_000;

describe('valid HTML: the Nu Html Checker on every built page', () => {
	it(
		'reports no error',
		async () => {
			const pages = await builtPages();
			const errors = await validateHtml(DIST);
			const report = errors.map((e) => `${e.file}:${e.line ?? '?'}: ${e.message}${e.extract ? `\n    ${e.extract.slice(0, 160)}` : ''}`);
			console.info(`vnu: ${pages.length} pages checked, ${errors.length} errors`);
			expect(report).toEqual([]);
		},
		VNU_TIMEOUT,
	);
});
