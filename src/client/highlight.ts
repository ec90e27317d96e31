/**
 * Highlighting on arrival from the search page: a unit link there carries the query in `?hl=`. The
 * words of the unit (the `#fragment`'s element, else the page's text) whose folded form starts with a
 * folded query word of at least three letters (the search's own rule for a real match) are marked;
 * then `hl` leaves the address, so that a link copied or cited from the page is the clean one.
 * Loaded by client/page.ts only when the address has `hl`.
 */
import { fold } from '../search/kazakh-normaliser';
import { MIN_MATCH_LETTERS } from '../search/result-units';

const url = new URL(location.href);
const query = url.searchParams.get('hl') ?? '';
const asked = query
	.split(/\s+/)
	.map((word) => fold(word).replace(/[^\p{L}\p{N}-]/gu, ''))
	.filter((word) => word.length >= MIN_MATCH_LETTERS)
	// Compared by their first letters: an inflected query word still marks the stem's other forms.
	.map((word) => word.slice(0, Math.max(MIN_MATCH_LETTERS, word.length - 3)));

const id = decodeURIComponent(location.hash.slice(1));
const scope = (id && document.getElementById(id)) || document.querySelector('[data-doc-body]');
if (scope && asked.length > 0) {
	const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('[data-copy-link], .visually-hidden, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const texts: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
	for (const text of texts) {
		const parts = text.data.split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/u);
		if (!parts.some((part) => asked.some((word) => fold(part).startsWith(word)))) continue;
		const fragment = document.createDocumentFragment();
		for (const part of parts) {
			if (part && asked.some((word) => fold(part).startsWith(word))) {
				const mark = document.createElement('mark');
				mark.className = 'search-hit';
				mark.textContent = part;
				fragment.append(mark);
			} else if (part) fragment.append(part);
		}
		text.replaceWith(fragment);
	}
}
url.searchParams.delete('hl');
history.replaceState(history.state, '', url);
