import { test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkCitationIds } from '../../src/plugins/remark-citation-ids';
import { rehypeContentUi } from '../../src/plugins/rehype-content-ui';
test('proto', async () => {
  const p = unified().use(remarkParse).use(remarkCitationIds).use(remarkRehype).use(rehypeStringify);
  console.log(String(await p.process('## Title [#s-1-2]\n\n[#p-2] 2. Text\n')));
  try { await p.process(new VFile({path: 'src/x.mdx', value: '## A [#a]\n\n## B [#a]\n'})); } catch (e: any) { console.log('ERR', e.message, '|', String(e), '|', e.file, e.line, e.reason); }
  try { await p.process('## A\n'); } catch (e: any) { console.log('ERR', e.message); }
  const g = unified().use(remarkParse).use(remarkGfm).use(remarkCitationIds, {requireHeadingIds: false}).use(remarkRehype, {clobberPrefix: ''}).use(rehypeContentUi).use(rehypeStringify);
  console.log(String(await g.process('## H [#h]\n\nText[^42].\n\n[^42]: Note.\n')));
  const m = await compile('## Title [#s-1]\n\n[#p-1] Para {1+1}\n', { remarkPlugins: [remarkCitationIds], jsx: true });
  console.log(String(m));
});
