import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';

/** What the fixture edits of a glossary entry's YAML (src/schemas/glossary.ts). */
interface GlossaryYaml {
	definitionSource: { kind: string; document?: string };
	listedAt?: { document: string }[];
	related?: string[];
	supersededBy?: { term: string };
}

/**
 * Real `astro build`s of throw-away copies of the project with bad content, for what only a real build
 * can show: that each check is wired into the build (a collection's schema, the remark plugin in the
 * Markdown pipeline, the post-build site checks, the datasets' provenance check), so that bad content
 * FAILS the build with a message naming the file and the problem. What each check finds, case by case,
 * is tested on the check itself (schemas, remark-citation-ids, checks, datasets). Each test asserts its
 * own message, so a copy that failed for another reason would not pass.
 */

const ROOT = join(import.meta.dirname, '../..');
const SECTION_5 = 'src/content/pages/concept-2000/section-5.mdx';
/** Section 5's translations: removed where a test breaks the Kazakh page, so that the translations' alignment check does not fail first. */
const SECTION_5_TRANSLATIONS = ['ru', 'en'].map((lang) => `src/content/translations/${lang}/concept-2000/section-5.mdx`);
/** The two legal acts, which link to each other: a site whose checks pass. */
const LEGAL_ACTS = ['concept-2000', 'programme-2001-2010'];
/** Measured: ≤ 15 s per build on a loaded two-core machine; the build is stopped 10 s before the test's timeout. */
const BUILD_TIMEOUT = 90_000;
const tempDirs: string[] = [];

afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the project in a temp dir (src/, public/, sources/, astro.config.ts, tsconfig.json) in
 * which only the given documents are published, with their pages, datasets and glossary places;
 * the others stay as unpublished metadata (their figure records and plans, which nothing shows, stay
 * too). node_modules is a real directory of symlinks to the project's packages, so Astro's and Vite's
 * caches (node_modules/.astro, .vite) are written into the copy and never touch the project's own.
 */
function makeProject(kept: string[]): string {
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
	const content = join(dir, 'src/content');
	for (const collection of ['pages', 'datasets', 'translations/ru', 'translations/en']) {
		for (const document of readdirSync(join(content, collection))) {
			if (!kept.includes(document)) rmSync(join(content, collection, document), { recursive: true });
		}
	}
	// Glossary places in removed documents go too; so do terms defined there, and references to them.
	const glossaryDir = join(content, 'glossary');
	const terms = new Map(readdirSync(glossaryDir).map((file) => [file, yaml.load(readFileSync(join(glossaryDir, file), 'utf8')) as GlossaryYaml]));
	for (const [file, term] of terms) {
		if (term.definitionSource.kind === 'document' && !kept.includes(term.definitionSource.document!)) terms.delete(file);
	}
	const keptIds = new Set([...terms.keys()].map((file) => file.replace(/\.yaml$/, '')));
	for (const file of readdirSync(glossaryDir)) {
		const term = terms.get(file);
		if (!term) {
			rmSync(join(glossaryDir, file));
			continue;
		}
		term.listedAt = term.listedAt?.filter((place) => kept.includes(place.document));
		term.related = term.related?.filter((id) => keptIds.has(id));
		if (term.supersededBy && !keptIds.has(term.supersededBy.term)) delete term.supersededBy;
		writeFileSync(join(glossaryDir, file), yaml.dump(term));
	}
	const documentsDir = join(content, 'documents');
	for (const file of readdirSync(documentsDir)) {
		if (kept.includes(file.replace(/\.yaml$/, ''))) continue;
		const path = join(documentsDir, file);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^published: true$/m, 'published: false'));
	}
	return dir;
}

function remove(project: string, files: string[]) {
	for (const file of files) rmSync(join(project, file));
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
		'pages are checked by their collection\'s schema: an unknown frontmatter field (colour: red)',
		() => {
			const project = makeProject(LEGAL_ACTS);
			edit(project, SECTION_5, (text) => text.replace(/^order: 7$/m, 'order: 7\ncolour: red'));
			expectFailure(build(project), 'InvalidContentEntryDataError', 'concept-2000/section-5', 'Unrecognized key: "colour"', SECTION_5);
		},
		BUILD_TIMEOUT,
	);

	test(
		'MDX pages go through the citation-id plugin: a heading without a citation id',
		() => {
			const project = makeProject(LEGAL_ACTS);
			remove(project, SECTION_5_TRANSLATIONS);
			edit(project, SECTION_5, (text) => `${text}\n## A heading without a marker\n`);
			expectFailure(build(project), SECTION_5, 'Heading has no citation id');
		},
		BUILD_TIMEOUT,
	);

	test(
		'the site checks run on the built site and report every problem at once: an id used on another page, a broken link',
		() => {
			const project = makeProject(LEGAL_ACTS);
			remove(project, SECTION_5_TRANSLATIONS);
			// [#s-1-1] is in section-1.
			edit(project, SECTION_5, (text) => `${text}\n[#s-1-1] x\n\nSee [x](/kk/concept-2000/section-1/#no-such-id).\n`);
			expectFailure(
				build(project),
				// Two problems, each on the page in kk, ru and en, and nothing else wrong with the copy.
				'The built site has 6 problem(s):',
				`/kk/concept-2000/section-5/ (${SECTION_5}): id "s-1-1" is also used on /kk/concept-2000/section-1/`,
				`/ru/concept-2000/section-5/ (${SECTION_5}): id "s-1-1" is also used on /ru/concept-2000/section-1/`,
				`/kk/concept-2000/section-5/ (in ${SECTION_5}): broken link "/kk/concept-2000/section-1/#no-such-id": no element with id "no-such-id" on /kk/concept-2000/section-1/`,
			);
		},
		BUILD_TIMEOUT,
	);

	test(
		'translations go through the alignment check: a number of the Kazakh unit missing from its translation',
		() => {
			const project = makeProject(LEGAL_ACTS);
			const translation = 'src/content/translations/en/concept-2000/section-1.mdx';
			edit(project, translation, (text) => text.replace('1968', '1986'));
			expectFailure(build(project), translation, 'The translation does not align with its Kazakh page (src/content/pages/concept-2000/section-1.mdx)', '#s-1-para-2: numbers differ from the Kazakh unit\'s (missing 1968; not in the Kazakh 1986)');
		},
		BUILD_TIMEOUT,
	);

	test(
		'datasets are checked against their source: a number that does not occur in its source lines',
		() => {
			const project = makeProject(['digitalisation']);
			const dataset = 'src/content/datasets/digitalisation/table-1.yaml';
			edit(project, dataset, (text) => text.replace('"1662"', '"1663"'));
			expectFailure(build(project), `${dataset}: "II", column "arrivals": "1663" does not occur in source lines 422–449`);
		},
		BUILD_TIMEOUT,
	);
});
