import type { DocumentData } from '../../schemas/document';
import { SOURCE_LANG, type Lang } from '../../schemas/i18n';
import { isoDate } from '../format';
import type { CitationInput, CitedTitle } from './types';

const cited = (title: Record<Lang, string>, lang: Lang): CitedTitle =>
	lang === SOURCE_LANG ? { original: title.kk } : { original: title.kk, translated: title[lang] };

/**
 * The citation input of a document, or of one of its pages, for a reader's language. Built at build
 * time; the access date is the build date until the browser replaces it with today's.
 */
export function citationInput(options: {
	doc: DocumentData;
	lang: Lang;
	/** Absolute URL of the page; undefined when the build has no public origin (SITE). */
	url: string | undefined;
	site: string;
	page?: { slug: string; title: Record<Lang, string> };
	/** The page is shown in the site's own translation into `lang`, not in Kazakh. */
	translated?: boolean;
	accessed?: Date;
}): CitationInput {
	const { doc, lang, url, site, page, translated } = options;
	return {
		lang,
		kind: doc.kind,
		key: page ? `${doc.slug}-${page.slug}` : doc.slug,
		title: cited(doc.title, lang),
		act:
			doc.kind === 'legal-act'
				? {
						citedAs: doc.act.citedAs[lang],
						number: doc.act.number,
						date: isoDate(doc.act.date),
						issuer: doc.act.issuer[lang],
						...(doc.act.repealedBy ? { repealed: { number: doc.act.repealedBy.number, date: isoDate(doc.act.repealedBy.date) } } : {}),
					}
				: undefined,
		authors: doc.kind === 'legal-act' ? [] : doc.authors.map((a) => a.name[lang]),
		publisher: doc.kind === 'report' ? doc.publisher[lang] : undefined,
		journal: doc.kind === 'article' ? doc.journal?.[lang] : undefined,
		institution: doc.kind === 'thesis' ? doc.institution?.[lang] : undefined,
		year: doc.year,
		// A page whose heading is the document's title (an act's resolution page) is the document itself.
		part: page && page.title.kk !== doc.title.kk ? cited(page.title, lang) : undefined,
		url,
		accessed: isoDate(options.accessed ?? new Date()),
		site,
		documentLanguage: translated ? lang : SOURCE_LANG,
		...(translated ? { unofficialTranslation: true } : {}),
	};
}
