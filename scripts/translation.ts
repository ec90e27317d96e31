/**
 * Translations of document pages (src/content/translations/{lang}/{doc}/{page}.mdx), from the command line:
 *
 *   npm run translation -- scaffold ru concept-2000/section-3   write the file's skeleton from the Kazakh page
 *   npm run translation -- check [ru/concept-2000/section-3 …]  the build's alignment check, on some or all files
 *   npm run translation -- status                               every page: translated, stale, headings only, none
 *
 * The skeleton keeps the Kazakh page's structure — citation markers, heading levels, list bullets, hard
 * line breaks, components with their attributes, footnote markers — and puts each run of Kazakh text
 * to translate between ⟦ and ⟧; headings already translated for the Kazakh fallback (the file's
 * `headings`) are filled in. Text left between ⟦ ⟧ fails the build. `follows` records the Kazakh
 * revision the translation is made from (ARCHITECTURE.md, "Translations").
 * Runs on the project's own Node (24, which strips TypeScript types), so it imports with `.ts` extensions.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {
	UNTRANSLATED_CLOSE,
	UNTRANSLATED_OPEN,
	checkAlignment,
	hasBody,
	kazakhRevision,
	splitFrontmatter,
} from '../src/checks/translation-alignment.ts';

const PAGES = 'src/content/pages';
const TRANSLATIONS = 'src/content/translations';
const TRANSLATED_LANGS = ['ru', 'en'];

const kazakhPath = (page: string) => path.join(PAGES, `${page}.mdx`);
const translationPath = (lang: string, page: string) => path.join(TRANSLATIONS, lang, `${page}.mdx`);

function frontmatterOf(file: string): Record<string, unknown> {
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file)?.[1];
	return front ? ((yaml.load(front) as Record<string, unknown>) ?? {}) : {};
}

/** One line of the Kazakh body as it appears in the skeleton. */
function skeletonLine(line: string, headings: Record<string, string>): string {
	if (line.trim() === '' || /^\s*(<|\{\/\*)/.test(line)) return line;
	const heading = /^(#{1,6}\s+)(.*?)(\s*\[#([^\]\s]+)\]\s*)$/.exec(line);
	if (heading) {
		const [, hashes, text, marker, id] = heading;
		return `${hashes}${headings[id!] ?? `${UNTRANSLATED_OPEN}${text}${UNTRANSLATED_CLOSE}`}${marker}`;
	}
	// Structure first (list bullet, markers, footnote label), then the text, then a hard break's "\".
	const match = /^(\s*(?:[-*]\s+|\d+\.\s+)?(?:\[#[^\]\s]+\]\s*)*(?:\[\^[^\]\s]+\]:\s*)?(?:\[@[^\]]*\]\s*)?)(.*?)(\\?)$/.exec(line)!;
	const [, lead, text, hardBreak] = match;
	const structure = lead!.replace(/\[@[^\]]*\]\s*/, '');
	return text ? `${structure}${UNTRANSLATED_OPEN}${text}${UNTRANSLATED_CLOSE}${hardBreak}` : line;
}

function scaffold(lang: string, page: string, force: boolean) {
	if (!TRANSLATED_LANGS.includes(lang)) throw new Error(`language must be one of ${TRANSLATED_LANGS.join(', ')}`);
	const kazakh = fs.readFileSync(kazakhPath(page), 'utf8');
	if (frontmatterOf(kazakh).body === 'generated') {
		throw new Error(`${kazakhPath(page)}: the page's body is generated from data in every language (body: generated); it has no text to translate`);
	}
	const target = translationPath(lang, page);
	const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
	if (existing && hasBody(existing) && !force) throw new Error(`${target} already has a translated body (use --force to overwrite it)`);
	const headings = (existing ? frontmatterOf(existing).headings : undefined) as Record<string, string> | undefined;
	const body = splitFrontmatter(kazakh).body.split('\n').map((line) => skeletonLine(line, headings ?? {}));
	fs.mkdirSync(path.dirname(target), { recursive: true });
	// Quoted: a revision of digits only would otherwise be read as a number.
	fs.writeFileSync(target, `---\nfollows: "${kazakhRevision(kazakh)}"\n---\n${body.join('\n')}`);
	console.log(`${target}: skeleton written; translate the text between ${UNTRANSLATED_OPEN} and ${UNTRANSLATED_CLOSE}, then: npm run translation -- check ${lang}/${page}`);
}

/** Every translation file, as "{lang}/{doc}/{page}". */
function translationFiles(): string[] {
	return TRANSLATED_LANGS.flatMap((lang) =>
		fs.existsSync(path.join(TRANSLATIONS, lang))
			? fs.readdirSync(path.join(TRANSLATIONS, lang)).flatMap((doc) =>
					fs.readdirSync(path.join(TRANSLATIONS, lang, doc)).filter((f) => f.endsWith('.mdx')).map((f) => `${lang}/${doc}/${f.replace(/\.mdx$/, '')}`),
				)
			: [],
	);
}

function check(names: string[]): boolean {
	let ok = true;
	for (const name of names.length > 0 ? names : translationFiles()) {
		const [lang, ...rest] = name.split('/');
		const page = rest.join('/');
		const file = fs.readFileSync(translationPath(lang!, page), 'utf8');
		if (!hasBody(file)) continue;
		const problems = checkAlignment(fs.readFileSync(kazakhPath(page), 'utf8'), file);
		for (const p of problems) console.log(`${translationPath(lang!, page)}:${p.line}: ${p.message}`);
		if (problems.length === 0) console.log(`${translationPath(lang!, page)}: aligned`);
		ok &&= problems.length === 0;
	}
	return ok;
}

function status() {
	const pages = fs.readdirSync(PAGES).flatMap((doc) => fs.readdirSync(path.join(PAGES, doc)).filter((f) => f.endsWith('.mdx')).map((f) => `${doc}/${f.replace(/\.mdx$/, '')}`));
	for (const page of pages.sort()) {
		const kazakh = fs.readFileSync(kazakhPath(page), 'utf8');
		if (frontmatterOf(kazakh).body === 'generated') {
			console.log(`${page.padEnd(44)} generated from data in every language`);
			continue;
		}
		const revision = kazakhRevision(kazakh);
		const states = TRANSLATED_LANGS.map((lang) => {
			const target = translationPath(lang, page);
			if (!fs.existsSync(target)) return `${lang}: none`;
			const file = fs.readFileSync(target, 'utf8');
			if (!hasBody(file)) return `${lang}: headings only`;
			return `${lang}: ${frontmatterOf(file).follows === revision ? 'translated' : 'STALE (the Kazakh text changed)'}`;
		});
		console.log(`${page.padEnd(44)} ${states.join('   ')}`);
	}
}

const [command, ...args] = process.argv.slice(2);
try {
	if (command === 'scaffold' && args.length >= 2) scaffold(args[0]!, args[1]!, args.includes('--force'));
	else if (command === 'check') process.exitCode = check(args) ? 0 : 1;
	else if (command === 'status') status();
	else {
		console.error('usage: npm run translation -- scaffold <ru|en> <doc>/<page> [--force] | check [<lang>/<doc>/<page> …] | status');
		process.exitCode = 2;
	}
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
}
