import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { deploymentFromEnv } from './src/config/deployment';
import { remarkCitationIds } from './src/plugins/remark-citation-ids';
import { remarkFootnoteSourceLines } from './src/plugins/remark-footnote-source-lines';
import { remarkGeneratedBody } from './src/plugins/remark-generated-body';
import { remarkTranslationAlignment } from './src/plugins/remark-translation-alignment';
import { rehypeContentUi } from './src/plugins/rehype-content-ui';
import { rehypeGlossaryLinks } from './src/plugins/rehype-glossary-links';
import { loadLinkableTerms } from './src/matching/glossary-terms';
import { siteChecks } from './src/integrations/site-checks';
import { searchIndex } from './src/integrations/search-index';
import { contentSecurityPolicy } from './src/config/content-security-policy';
import { isKnownAstroHeadInjectWarning } from './src/config/build-warnings';

// The public origin and base path come from the deployer (SITE, BASE; see README, "Deploy").
const { site, base } = deploymentFromEnv(process.env);

// Markdown pipeline: unified (remark/rehype), not Astro 7's default Sätteri, because the project's own
// plugins (stable citation ids, glossary links) are remark/rehype plugins. GFM is built in
// (tables, footnotes), so remark-gfm is not needed. SmartyPants is off: it would rewrite the
// quotation marks and dashes of verbatim legal texts.
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// 'jsx' (Astro 7's default) drops the whitespace between inline elements and glues words together;
	// `true` compresses losslessly.
	compressHTML: true,
	i18n: {
		locales: ['kk', 'ru', 'en'],
		defaultLocale: 'kk',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// The documents hold no code; Shiki's inline styles would also break the Content Security Policy.
		syntaxHighlight: false,
		processor: unified({
			smartypants: false,
			remarkPlugins: [remarkCitationIds, remarkFootnoteSourceLines, remarkGeneratedBody, remarkTranslationAlignment],
			// The glossary is read once, when the config loads: restart `astro dev` after editing a term.
			rehypePlugins: [rehypeContentUi, [rehypeGlossaryLinks, { terms: loadLinkableTerms('./src/content/glossary') }]],
			// Footnote ids are the source's own numbers: fn-42, with back-references fnref-42.
			remarkRehype: { clobberPrefix: '' },
		}),
	},
	security: { csp: contentSecurityPolicy },
	integrations: [mdx(), siteChecks(), searchIndex()],
	build: { format: 'directory' },
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					if (isKnownAstroHeadInjectWarning(log)) return;
					handler(level, log);
				},
			},
		},
	},
});
