/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** ru/en translations of the current content page's body headings, by citation id (set by the page route). */
		headingTranslations?: Record<string, { ru: string; en: string }>;
	}
}
