import type { DocumentData } from '../schemas/document';
import { splitSeedLines, type SourcePart } from './source-lines';

/** The seed files, sources/*.txt, read verbatim at build time (Vite's `?raw`), each when first asked for. */
const seedFiles = import.meta.glob<string>('/sources/*.txt', { query: '?raw', import: 'default' });

const linesBySeedFile = new Map<string, Promise<string[]>>();

/** A document's source text (its YAML's `seedFile`) as numbered lines: line n is `lines[n - 1]`. */
export function sourceTextLines(doc: Pick<DocumentData, 'slug' | 'seedFile'>): Promise<string[]> {
	const load = seedFiles[`/sources/${doc.seedFile}`];
	if (!load) throw new Error(`src/content/documents/${doc.slug}.yaml: seedFile "${doc.seedFile}" is not a file in sources/`);
	if (!linesBySeedFile.has(doc.seedFile)) linesBySeedFile.set(doc.seedFile, load().then(splitSeedLines));
	return linesBySeedFile.get(doc.seedFile)!;
}

/** A stretch of the source page: lines shown as they are, or lines this edition leaves out, with why. */
export type SourceBlock = { first: number; last: number; reason?: DocumentData['source']['omitted'][number]['reason'] };

/**
 * The lines 1…count cut into blocks at the document's `source.omitted` ranges, in line order. An
 * omitted range that overlaps another or runs past the end of the text fails the build.
 */
export function sourceBlocks(doc: Pick<DocumentData, 'slug' | 'source'>, count: number): SourceBlock[] {
	const omitted = doc.source.omitted.flatMap((o) => o.lines.map(([first, last]) => ({ first, last, reason: o.reason }))).sort((a, b) => a.first - b.first);
	const blocks: SourceBlock[] = [];
	let next = 1;
	for (const range of omitted) {
		if (range.first < next) throw new Error(`src/content/documents/${doc.slug}.yaml: source.omitted lines ${range.first}–${range.last} overlap another omitted range`);
		if (range.last > count) throw new Error(`src/content/documents/${doc.slug}.yaml: source.omitted lines ${range.first}–${range.last} run past the text's ${count} lines`);
		if (range.first > next) blocks.push({ first: next, last: range.first - 1 });
		blocks.push(range);
		next = range.last + 1;
	}
	if (next <= count) blocks.push({ first: next, last: count });
	return blocks;
}

/** The blocks of one part of the source, cut at its first and last line (an omitted range may span two parts). */
export function blocksOfPart(blocks: SourceBlock[], { first, last }: SourcePart): SourceBlock[] {
	return blocks.filter((b) => b.last >= first && b.first <= last).map((b) => ({ ...b, first: Math.max(b.first, first), last: Math.min(b.last, last) }));
}
