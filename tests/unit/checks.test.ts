import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { checkLinks } from '../../src/checks/links';
import { checkCitationIds, citationIdsOf } from '../../src/checks/ids';
import { loadBuiltPages, urlPathOf, type BuiltPage } from '../../src/checks/dist';

/** A built page in memory: `/kk/doc/a/` with the given HTML. */
const page = (path: string, body: string): BuiltPage => ({
	path,
	file: `/virtual${path}index.html`,
	$: load(`<!doctype html><html><head></head><body>${body}</body></html>`),
});

/** A content page: h1 anchor plus a document body with the given ids, as src/pages/[lang]/[doc]/[page].astro renders it. */
const docPage = (path: string, anchor: string, ids: string[], source = 'src/content/pages/doc/a.mdx') =>
	page(
		path,
		`<h1 id="${anchor}">Title</h1><div data-doc-body data-source-file="${source}">${ids.map((id) => `<p id="${id}">x</p>`).join('')}</div>`,
	);

let dist: string;
beforeAll(() => {
	dist = mkdtempSync(join(tmpdir(), 'checks-dist-'));
	for (const file of ['favicon.svg', '_astro/page.js', 'kk/doc/a/index.html']) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		writeFileSync(join(dist, file), '<!doctype html><p id="disk">x</p>');
	}
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('checkLinks', () => {
	const target = page('/kk/doc/a/', '<h1 id="s-1">A</h1><p id="s-1-1">x</p><p id="fn-42">note</p>');
	const check = (body: string, site?: string, from = '/kk/doc/b/', base = '/') => checkLinks([target, page(from, body)], dist, { site, base });

	test('a link to an existing page, with or without its trailing slash, is fine', () => {
		expect(check('<a href="/kk/doc/a/">a</a><a href="/kk/doc/a">a</a><a href="../a/">rel</a>')).toEqual([]);
	});

	test('a link to a missing page is reported, naming the page, the link and the path', () => {
		expect(check('<a href="/kk/doc/missing/">x</a>')).toEqual([
			{ page: '/kk/doc/b/', href: '/kk/doc/missing/', problem: 'no page or file at /kk/doc/missing/' },
		]);
	});

	test('a relative link is resolved against the page it is on', () => {
		expect(check('<a href="../missing/">x</a>')).toEqual([
			{ page: '/kk/doc/b/', href: '../missing/', problem: 'no page or file at /kk/doc/missing/' },
		]);
	});

	test('a link to an existing page with a missing #fragment is reported', () => {
		expect(check('<a href="/kk/doc/a/#no-such-id">x</a>')).toEqual([
			{ page: '/kk/doc/b/', href: '/kk/doc/a/#no-such-id', problem: 'no element with id "no-such-id" on /kk/doc/a/' },
		]);
	});

	test('a link with a valid #fragment is fine', () => {
		expect(check('<a href="/kk/doc/a/#s-1-1">x</a><a href="../a/#fn-42">y</a>')).toEqual([]);
	});

	test('a same-page #fragment is checked against the page itself', () => {
		expect(check('<p id="here">x</p><a href="#here">ok</a><a href="#gone">broken</a>')).toEqual([
			{ page: '/kk/doc/b/', href: '#gone', problem: 'no element with id "gone" on /kk/doc/b/' },
		]);
	});

	test('a percent-encoded fragment is decoded before the lookup', () => {
		const pages = [page('/kk/x/', '<p id="бөлім">x</p><a href="#%D0%B1%D3%A9%D0%BB%D1%96%D0%BC">ok</a>')];
		expect(checkLinks(pages, dist)).toEqual([]);
	});

	test('external and non-http links are ignored', () => {
		expect(
			check(
				'<a href="https://adilet.zan.kz/kaz/docs/P000327_">a</a><a href="http://example.com/x#y">b</a>' +
					'<a href="//cdn.example.com/x.js">c</a><a href="mailto:a@b.kz">d</a><a href="tel:+77000000000">e</a>',
			),
		).toEqual([]);
	});

	test('/pagefind/ is ignored (its bundle is written after astro build)', () => {
		expect(check('<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><a href="/pagefind/pagefind.js">x</a>')).toEqual([]);
	});

	test('existing non-HTML files resolve from the dist dir; missing files are reported', () => {
		expect(check('<link rel="icon" href="/favicon.svg"><a href="/_astro/page.js">js</a>')).toEqual([]);
		expect(check('<link rel="icon" href="/favicon.png">')).toEqual([
			{ page: '/kk/doc/b/', href: '/favicon.png', problem: 'no page or file at /favicon.png' },
		]);
		// A directory is not a file.
		expect(check('<a href="/_astro/">dir</a>')).toHaveLength(1);
	});

	test('<link href> and <form action> are checked too', () => {
		const problems = check('<link rel="alternate" hreflang="ru" href="/ru/doc/a/"><form action="/kk/search/"></form>');
		expect(problems.map((p) => p.href)).toEqual(['/ru/doc/a/', '/kk/search/']);
	});

	test('an empty href is reported', () => {
		expect(check('<a href="">x</a>')).toEqual([{ page: '/kk/doc/b/', href: '', problem: 'empty link' }]);
	});

	test('site-absolute links are resolved when `site` is passed', () => {
		const body =
			'<link rel="canonical" href="https://example.org/kk/doc/a/"><a href="https://example.org/kk/doc/a/#s-1">ok</a>' +
			'<a href="https://example.org/kk/missing/">missing</a><a href="https://example.org/kk/doc/a/#nope">bad fragment</a>';
		expect(check(body, 'https://example.org')).toEqual([
			{ page: '/kk/doc/b/', href: 'https://example.org/kk/missing/', problem: 'no page or file at /kk/missing/' },
			{ page: '/kk/doc/b/', href: 'https://example.org/kk/doc/a/#nope', problem: 'no element with id "nope" on /kk/doc/a/' },
		]);
		// Without `site` they are external links.
		expect(check(body)).toEqual([]);
	});

	test('`site` may be given with a trailing slash; the site root resolves to /', () => {
		const home = page('/', '<p>home</p>');
		const from = page('/en/x/', '<a href="https://example.org/kk/doc/a/#s-1">a</a><a href="https://example.org/">home</a><a href="https://example.org">home</a>');
		expect(checkLinks([home, target, from], dist, { site: 'https://example.org/', base: '/' })).toEqual([]);
		expect(checkLinks([home, target, from], dist, { site: 'https://example.org', base: '/' })).toEqual([]);
	});

	test('under a base path, links must include it; relative links and fragments resolve as served', () => {
		const base = '/kz-migration/';
		expect(check('<a href="/kz-migration/kk/doc/a/#s-1">a</a><a href="../a/#fn-42">rel</a><a href="#s-0">self</a><p id="s-0"></p>', undefined, '/kk/doc/b/', base)).toEqual([]);
		expect(check('<a href="https://example.org/kz-migration/kk/doc/a/">abs</a>', 'https://example.org', '/kk/doc/b/', base)).toEqual([]);
		expect(check('<a href="/kk/doc/a/">forgot the base</a><a href="https://example.org/kk/doc/a/">abs</a>', 'https://example.org', '/kk/doc/b/', base)).toEqual([
			{ page: '/kk/doc/b/', href: '/kk/doc/a/', problem: '/kk/doc/a/ is outside the base path /kz-migration/' },
			{ page: '/kk/doc/b/', href: 'https://example.org/kk/doc/a/', problem: '/kk/doc/a/ is outside the base path /kz-migration/' },
		]);
		expect(check('<a href="/kz-migration/kk/doc/missing/">x</a>', undefined, '/kk/doc/b/', base)).toEqual([
			{ page: '/kk/doc/b/', href: '/kz-migration/kk/doc/missing/', problem: 'no page or file at /kk/doc/missing/' },
		]);
	});

	test('a different host that merely starts with the site string is external', () => {
		expect(check('<a href="https://example.org.evil.com/kk/missing/">x</a><a href="https://example.organic/y">y</a>', 'https://example.org')).toEqual([]);
	});
});

describe('checkCitationIds', () => {
	const mirrored = (route: string, anchor: string, ids: string[]) =>
		['kk', 'ru', 'en'].map((lang) => docPage(`/${lang}/${route}/`, anchor, ids));

	test('consistent pages have no problems', () => {
		expect(checkCitationIds([...mirrored('doc/a', 's-1', ['s-1-1', 's-1-2']), ...mirrored('doc/b', 's-2', ['s-2-1'])])).toEqual([]);
	});

	test('citation ids are the h1 anchor and the ids inside [data-doc-body], not the footnote label or page chrome', () => {
		const p = page(
			'/kk/doc/a/',
			'<nav id="menu"></nav><h1 id="s-1">T</h1><div data-doc-body><h2 id="s-1-x">H</h2><p id="s-1-1">x</p>' +
				'<section data-footnotes><h2 id="footnote-label">F</h2><ol><li id="fn-42">n</li></ol></section></div>',
		);
		expect(citationIdsOf(p)).toEqual(['s-1', 's-1-x', 's-1-1', 'fn-42']);
	});

	test('pages without a document body are not checked', () => {
		expect(checkCitationIds([page('/kk/', '<h1 id="top">x</h1><p id="top">y</p>')])).toEqual([]);
	});

	test('an id used on two pages of the same document is reported', () => {
		const problems = checkCitationIds([
			docPage('/kk/doc/a/', 's-1', ['s-1-1']),
			docPage('/kk/doc/b/', 's-2', ['s-2-1', 's-1-1']),
		]);
		expect(problems).toContainEqual({ page: '/kk/doc/b/', problem: 'id "s-1-1" is also used on /kk/doc/a/' });
	});

	test('the same id in two different documents is allowed', () => {
		expect(
			checkCitationIds([docPage('/kk/one/a/', 's-1', ['p-1']), docPage('/kk/two/a/', 's-1', ['p-1'])]).filter((p) =>
				p.problem.includes('also used'),
			),
		).toEqual([]);
	});

	test('an id twice on one page is reported once, as a same-page duplicate', () => {
		const problems = checkCitationIds(mirrored('doc/a', 's-1', ['p-1', 'p-1']));
		expect(problems.filter((p) => p.page === '/kk/doc/a/')).toEqual([{ page: '/kk/doc/a/', problem: 'id "p-1" appears twice on the page' }]);
	});

	test('ids that differ between /kk/doc/a/ and /ru/doc/a/ are reported with the missing and extra ids', () => {
		const problems = checkCitationIds([
			docPage('/kk/doc/a/', 's-1', ['s-1-1', 's-1-2']),
			docPage('/ru/doc/a/', 's-1', ['s-1-1', 's-1-3']),
			docPage('/en/doc/a/', 's-1', ['s-1-1', 's-1-2']),
		]);
		expect(problems).toEqual([{ page: '/ru/doc/a/', problem: 'ids differ from /kk/doc/a/ (missing: s-1-2; extra: s-1-3)' }]);
	});

	test('a page present in kk but missing in en is reported', () => {
		const problems = checkCitationIds([docPage('/kk/doc/a/', 's-1', ['p-1']), docPage('/ru/doc/a/', 's-1', ['p-1'])]);
		expect(problems).toEqual([{ page: '/en/doc/a/', problem: 'missing: the page exists in kk but not in en' }]);
	});

	test('a page that exists only in ru (no Kazakh original) is reported', () => {
		const problems = checkCitationIds([docPage('/ru/doc/z/', 's-9', ['p-1'])]);
		expect(problems).toEqual([{ page: '/ru/doc/z/', problem: 'missing: the page exists in ru but not in kk' }]);
	});
});

describe('loadBuiltPages / urlPathOf', () => {
	test('maps built files to URL paths', () => {
		expect(urlPathOf('/d', '/d/index.html')).toBe('/');
		expect(urlPathOf('/d', '/d/kk/doc/a/index.html')).toBe('/kk/doc/a/');
		expect(urlPathOf('/d', '/d/404.html')).toBe('/404.html');
	});

	test('loads and parses every HTML file of a dist dir', async () => {
		const pages = await loadBuiltPages(dist);
		expect(pages.map((p) => p.path)).toEqual(['/kk/doc/a/']);
		expect(pages[0]!.$('#disk').text()).toBe('x');
	});
});

describe('siteChecks integration (astro:build:done)', () => {
	const body = (source: string, inner: string) => `<div data-doc-body data-source-file="${source}">${inner}</div>`;
	const SOURCE_A = 'src/content/pages/doc/a.mdx';
	const SOURCE_B = 'src/content/pages/doc/b.mdx';

	/** Writes a dist dir and runs the integration's hooks on it; resolves to the thrown message or the logged info. */
	async function runChecks(files: Record<string, string>): Promise<{ error?: string; info: string[] }> {
		const { siteChecks } = await import('../../src/integrations/site-checks');
		const dir = mkdtempSync(join(tmpdir(), 'site-checks-'));
		try {
			for (const [file, html] of Object.entries(files)) {
				mkdirSync(dirname(join(dir, file)), { recursive: true });
				writeFileSync(join(dir, file), `<!doctype html><html><body>${html}</body></html>`);
			}
			const hooks = siteChecks().hooks as Record<string, (options: unknown) => Promise<void> | void>;
			await hooks['astro:config:done']!({ config: { site: 'https://example.org/', base: '/' } });
			const info: string[] = [];
			const logger = { info: (m: string) => info.push(m), warn() {}, error() {}, debug() {} };
			try {
				await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
			} catch (error) {
				return { error: (error as Error).message, info };
			}
			return { info };
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	const mirrored = (route: string, html: string) =>
		Object.fromEntries(['kk', 'ru', 'en'].map((lang) => [`${lang}/${route}/index.html`, html.replaceAll('{lang}', lang)]));

	test('a consistent site passes and says so', async () => {
		const { error, info } = await runChecks({
			...mirrored('doc/a', `<h1 id="s-1">A</h1>${body(SOURCE_A, '<p id="p-1">x</p><a href="/{lang}/doc/b/#s-2">b</a>')}`),
			...mirrored('doc/b', `<h1 id="s-2">B</h1>${body(SOURCE_B, '<a href="https://example.org/{lang}/doc/a/#p-1">a</a>')}`),
		});
		expect(error).toBeUndefined();
		expect(info[0]).toMatch(/^6 pages: every internal link and #fragment resolves/);
	});

	test('a broken link in a content body names the source file; one in the page chrome does not', async () => {
		const { error } = await runChecks({
			...mirrored('doc/a', `<nav><a href="/{lang}/nowhere/">nav</a></nav><h1 id="s-1">A</h1>${body(SOURCE_A, '<a href="/{lang}/doc/a/#nope">x</a>')}`),
		});
		expect(error).toContain('The built site has 6 problem(s):');
		expect(error).toContain(`/kk/doc/a/ (in ${SOURCE_A}): broken link "/kk/doc/a/#nope": no element with id "nope" on /kk/doc/a/`);
		expect(error).toContain('/kk/doc/a/: broken link "/kk/nowhere/": no page or file at /kk/nowhere/');
	});

	test('id problems name the source file, also for a page missing in one language', async () => {
		const { error } = await runChecks({
			...mirrored('doc/a', `<h1 id="s-1">A</h1>${body(SOURCE_A, '<p id="p-1">x</p>')}`),
			'kk/doc/b/index.html': `<h1 id="s-2">B</h1>${body(SOURCE_B, '<p id="p-1">dup</p>')}`,
		});
		expect(error).toContain(`/kk/doc/b/ (${SOURCE_B}): id "p-1" is also used on /kk/doc/a/`);
		expect(error).toContain(`/ru/doc/b/ (${SOURCE_B}): missing: the page exists in kk but not in ru`);
		expect(error).toContain(`/en/doc/b/ (${SOURCE_B}): missing: the page exists in kk but not in en`);
	});
});
