/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A title with the site's translation in square brackets, as bibliographies mark supplied translations. */
export function titleWithTranslation(title: { original: string; translated?: string }): string {
	return title.translated ? `${title.original} [${title.translated}]` : title.original;
}
