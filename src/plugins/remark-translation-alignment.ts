import fs from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkAlignment, hasBody } from '../checks/translation-alignment';

/** src/content/translations/{lang}/{document}/{page}.mdx → the Kazakh page it translates, or undefined. */
export function kazakhPageOf(translationPath: string): string | undefined {
	const match = /^(.*)src\/content\/translations\/(?:ru|en)\/([^/]+)\/([^/]+\.mdx)$/.exec(translationPath.replaceAll('\\', '/'));
	return match ? `${match[1]}src/content/pages/${match[2]}/${match[3]}` : undefined;
}

/**
 * Fails the build when a translated page does not align with its Kazakh page — ids, numbers,
 * footnotes, components, links, text left from the scaffold (checks/translation-alignment.ts) —
 * naming the translation file, and for each problem its line and citation id. Files without a body
 * (a page's headings only, for the Kazakh fallback) are not checked here.
 */
export function remarkTranslationAlignment() {
	return (_tree: Root, file: VFile) => {
		const kazakhPath = file.path ? kazakhPageOf(file.path) : undefined;
		if (!kazakhPath) return;
		const translation = fs.readFileSync(file.path, 'utf8');
		if (!hasBody(translation)) return;
		const problems = checkAlignment(fs.readFileSync(kazakhPath, 'utf8'), translation);
		if (problems.length === 0) return;
		const list = problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n');
		file.fail(`The translation does not align with its Kazakh page (${kazakhPath.replace(/^.*src\//, 'src/')}):\n${list}`, { line: problems[0]!.line, column: 1 });
	};
}
