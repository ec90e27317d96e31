import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Real `astro build`s of throw-away copies of the project, each with one piece of bad content, proving
 * that the build FAILS and that its message names the file and the problem.
 */

const ROOT = join(import.meta.dirname, '../..');
const SECTION_5 = 'src/content/pages/concept-2000/section-5.mdx';
const BUILD_TIMEOUT = 120_000;
const KEPT = ['concept-2000', 'programme-2001-2010', 'digitalisation'];
const tempDirs: string[] = [];

afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the project in a temp dir: src/, public/, sources/, astro.config.ts, tsconfig.json, with only the
 * two legal acts' pages, which link to each other, and the article with its datasets (other documents
 * stay as unpublished metadata). node_modules is a real directory
 * of symlinks to the project's packages, so Astro's and Vite's caches (node_modules/.astro, .vite)
 * are written into the copy and never touch the project's own.
 */
function makeProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
	tempDirs.push(dir);
	for (const entry of ['src', 'public', 'sources', 'astro.config.ts', 'tsconfig.json']) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (['.astro', '.vite', '.vitest', '.cache'].includes(entry)) continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
	const pagesDir = join(dir, 'src/content/pages');
	for (const document of readdirSync(pagesDir)) {
		if (!KEPT.includes(document)) rmSync(join(pagesDir, document), { recursive: true });
	}
	const datasetsDir = join(dir, 'src/content/datasets');
	for (const document of readdirSync(datasetsDir)) {
		if (!KEPT.includes(document)) rmSync(join(datasetsDir, document), { recursive: true });
	}
	// Glossary occurrences in removed documents go too, and terms left with none.
	const glossaryDir = join(dir, 'src/content/glossary');
	for (const file of readdirSync(glossaryDir)) {
		const path = join(glossaryDir, file);
		const kept = readFileSync(path, 'utf8').replace(/^ {2}- \{ document: ([\w-]+),.*\n/gm, (line, document: string) => (KEPT.includes(document) ? line : ''));
		if (/^ {2}- \{ document:/m.test(kept)) writeFileSync(path, kept);
		else rmSync(path);
	}
	const documentsDir = join(dir, 'src/content/documents');
	for (const file of readdirSync(documentsDir)) {
		if (KEPT.includes(file.replace(/\.yaml$/, ''))) continue;
		const path = join(documentsDir, file);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^published: true$/m, 'published: false'));
	}
	return dir;
}

function edit(project: string, file: string, change: (text: string) => string) {
	const path = join(project, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	expect(after, `edit of ${file} changed nothing`).not.toBe(before);
	writeFileSync(path, after);
}

/** Runs `astro build` in the project with the Node running the tests (the project's Node 24). */
function build(project: string): { status: number | null; output: string } {
	const astroBin = join(project, 'node_modules/astro/bin/astro.mjs');
	const result = spawnSync(process.execPath, [astroBin, 'build'], {
		cwd: project,
		encoding: 'utf8',
		timeout: BUILD_TIMEOUT - 10_000,
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' },
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}

/** Asserts a failed build whose log contains every needle; shows the log's tail otherwise. */
function expectFailure({ status, output }: { status: number | null; output: string }, ...needles: string[]) {
	const tail = output.split('\n').filter((l) => !/[├└]─/.test(l)).slice(-60).join('\n');
	expect(status, `the build should fail:\n${tail}`).not.toBe(0);
	expect(status, `the build timed out or was killed:\n${tail}`).not.toBeNull();
	for (const needle of needles) expect(output, `"${needle}" missing from the build log:\n${tail}`).toContain(needle);
}

describe('bad content fails the build, naming the file and the problem', () => {
	test(
		'control: the unaltered copy builds and passes the site checks',
		() => {
			const { status, output } = build(makeProject());
			expect(status, output.slice(-3000)).toBe(0);
			expect(output).toMatch(/\[site-checks\] \d+ pages: every internal link and #fragment resolves/);
		},
		BUILD_TIMEOUT,
	);

	test(
		'an unknown frontmatter field (colour: red)',
		() => {
			const project = makeProject();
			edit(project, SECTION_5, (text) => text.replace(/^order: 7$/m, 'order: 7\ncolour: red'));
			const result = build(project);
			expectFailure(result, 'InvalidContentEntryDataError', 'concept-2000/section-5', 'Unrecognized key: "colour"', SECTION_5);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a heading without a citation id',
		() => {
			const project = makeProject();
			edit(project, SECTION_5, (text) => `${text}\n## A heading without a marker\n`);
			expectFailure(build(project), SECTION_5, 'Heading has no citation id');
		},
		BUILD_TIMEOUT,
	);

	test(
		'an id already used on another page of the document ([#s-1-1] is in section-1)',
		() => {
			const project = makeProject();
			edit(project, SECTION_5, (text) => `${text}\n[#s-1-1] x\n`);
			const result = build(project);
			expectFailure(
				result,
				'[site-checks]',
				`/kk/concept-2000/section-5/ (${SECTION_5}): id "s-1-1" is also used on /kk/concept-2000/section-1/`,
				`/ru/concept-2000/section-5/ (${SECTION_5}): id "s-1-1" is also used on /ru/concept-2000/section-1/`,
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a broken internal link in content',
		() => {
			const project = makeProject();
			edit(project, SECTION_5, (text) => `${text}\nSee [x](/kk/concept-2000/section-1/#no-such-id).\n`);
			const result = build(project);
			expectFailure(
				result,
				'[site-checks]',
				`/kk/concept-2000/section-5/ (in ${SECTION_5}): broken link "/kk/concept-2000/section-1/#no-such-id": no element with id "no-such-id" on /kk/concept-2000/section-1/`,
			);
		},
		BUILD_TIMEOUT,
	);
	test(
		'an action-plan abbreviation missing from the plan\'s key',
		() => {
			const project = makeProject();
			const plan = 'src/content/plans/programme-2001-2010.yaml';
			edit(project, plan, (text) => text.replace(/ {2}- abbr: ЭСМ\n(?: {4}.*\n)+/, ''));
			expectFailure(build(project), `${plan}: item 1.1.3.: abbreviation "ЭСМ" has no entry in "abbreviations"`);
		},
		BUILD_TIMEOUT,
	);

	test(
		'an amendment note naming an amendment the act does not record',
		() => {
			const project = makeProject();
			edit(project, 'src/content/pages/programme-2001-2010/section-4.mdx', (text) => text.replace('<AmendmentNote number="925">', '<AmendmentNote number="999">'));
			expectFailure(build(project), 'no amendment No. 999 in src/content/documents/programme-2001-2010.yaml');
		},
		BUILD_TIMEOUT,
	);

	test(
		'a dataset number that does not occur in its source lines (provenance)',
		() => {
			const project = makeProject();
			const dataset = 'src/content/datasets/digitalisation/table-1.yaml';
			edit(project, dataset, (text) => text.replace('"1662"', '"1663"'));
			expectFailure(build(project), `${dataset}: "II", column "arrivals": "1663" does not occur in source lines 422–449`);
		},
		BUILD_TIMEOUT,
	);
});
