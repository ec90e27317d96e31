/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** On a ru/en page showing the Kazakh body: its headings in the page's language, by citation id (set by the page route). */
		headingTranslations?: Record<string, string>;
	}
}
