import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { documentSchema, type DocumentData } from '../../src/schemas/document';
import { ROOT } from './dist';

/** The documents' metadata, read and validated from src/content/documents/*.yaml as the site does. */
export function documents(): DocumentData[] {
	const dir = join(ROOT, 'src/content/documents');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => documentSchema.parse(yaml.load(readFileSync(join(dir, f), 'utf8'))))
		.sort((a, b) => a.order - b.order);
}

export function sourceText(doc: DocumentData): string {
	return readFileSync(join(ROOT, 'sources', doc.seedFile), 'utf8');
}
