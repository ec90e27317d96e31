import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/schemas/glossary';
import { builtPages, ROOT } from '../helpers/dist';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('glossary', async () => {
	const pages = await builtPages();
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const dir = join(ROOT, 'src/content/glossary');
	const entries = readdirSync(dir).map((file) => ({ file, data: glossarySchema.parse(yaml.load(readFileSync(join(dir, file), 'utf8'))) }));

	it('a definition quoted from a source is verbatim at the place marked as defining it', () => {
		let checked = 0;
		for (const { file, data } of entries) {
			const source = data.definitionSource;
			if (source.kind !== 'document') continue;
			const page = byPath.get(`/kk/${source.document}/${source.page}/`);
			expect(page, `${file}: definitionSource ${source.document}/${source.page} is no page`).toBeDefined();
			const target = page!.$(`#${source.id}`).clone();
			target.find('[data-pagefind-ignore], [data-derived]').remove();
			expect(normalise(target.text()), `${file} → ${source.document}/${source.page}#${source.id}`).toContain(normalise(data.definition.kk));
			checked++;
		}
		console.info(`${entries.length} glossary terms; ${checked} quoted definitions found verbatim at their sources`);
		expect(checked).toBeGreaterThan(0);
	});
});
