import type { Lang } from '../../schemas/i18n';

/** A title as the source prints it, with the site's translation when the reader's language is not Kazakh. */
export interface CitedTitle {
	original: string;
	translated?: string;
}

/**
 * Everything a citation needs, prepared on the server (utils/citation/input.ts) and serialised into
 * the page, so that the browser can re-format it with today's date and the current #fragment.
 */
export interface CitationInput {
	/** The reader's language: labels and translated titles follow it. */
	lang: Lang;
	kind: 'legal-act' | 'report' | 'article' | 'thesis';
	/** ASCII key for BibTeX and file names: the document slug, plus the page slug for a part. */
	key: string;
	title: CitedTitle;
	/** A legal act: its designation (“постановление … от … № …”), number, ISO date, issuer. */
	act?: { citedAs: string; number: string; date: string; issuer: string; repealed?: { number: string; date: string } };
	/** Persons, as the source names them. */
	authors: string[];
	publisher?: string;
	journal?: string;
	institution?: string;
	/** Year or period of the document. */
	year: string;
	/** The page (section) cited, when not the whole document. */
	part?: CitedTitle;
	/** A point within the page (from the URL's #fragment), e.g. { id: "p-2", label: "п. 2" }. */
	pinpoint?: { id: string; label: string };
	/**
	 * The exact URL cited, with the fragment of the pinpoint. Absent in a build without a public origin
	 * (no SITE): the record then has no URL and access date until the browser supplies its own address.
	 */
	url?: string;
	/** Access date, ISO (YYYY-MM-DD). */
	accessed: string;
	/** This site's name, in the reader's language. */
	site: string;
	/** Language of the text cited (BCP 47): Kazakh, or the reader's language for a translated page. */
	documentLanguage: string;
	/** The page cited is this site's own, unofficial translation from Kazakh (documentLanguage is the translation's). */
	unofficialTranslation?: boolean;
}

/** A formatted citation: plain text to copy, HTML to show (italics in APA). */
export interface FormattedCitation {
	text: string;
	html: string;
}
