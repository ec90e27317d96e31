/**
 * The only script on text pages (kept tiny: see the JS budget test); heavier code (Cite, charts) loads on demand.
 * - Copy-link: a click on a heading's or point's "#" link copies the full URL, announces it and shows
 *   a "Link copied" badge beside it.
 * - Document contents and "On this page": rendered closed, and shown as columns by CSS on wide screens
 *   (no JS needed, nothing moves on load); there they are also opened, so that their state is true for
 *   assistive technology and for browsers without ::details-content. Opening a side column moves
 *   nothing in the article.
 * - Language switcher: a link to another language carries the reader's place (the #fragment on screen,
 *   or the nearest id above the top of the viewport where the reader last stopped scrolling), so the
 *   other language opens at the same point.
 * - "/" goes to the search box; arriving from a search result (`?hl=`), client/highlight.ts marks the words.
 */
import { confirmCopied } from './announce';

document.addEventListener('click', async (event) => {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
	if (!link) return;
	const url = new URL(link.getAttribute('href')!, location.href).href;
	history.replaceState(null, '', url);
	try {
		await navigator.clipboard.writeText(url);
		confirmCopied(link, document.documentElement.dataset.copiedLabel ?? '');
		event.preventDefault();
	} catch {
		// No clipboard (insecure context, denied): the link still navigates to the fragment.
	}
});

/** How far below the viewport's top an element may start and still be where the reader is (a followed link's target sits 1rem down, its scroll margin). */
const READING_LINE_PX = 24;

/** Whether an element is (partly) on screen. */
function onScreen(element: Element): boolean {
	const { top, bottom } = element.getBoundingClientRect();
	return bottom > 0 && top < innerHeight;
}

function fragment(): string {
	return decodeURIComponent(location.hash.slice(1));
}

/**
 * Where the reader is now: the URL's #fragment while its element is on screen, else the last id'd
 * element of the text that starts above the reading line ("" at the top of the page, or off a
 * document page): a binary search by position over the text's ids, which follow its order.
 */
let placesInText: NodeListOf<HTMLElement> | undefined;
function placeOnScreen(): string {
	const hash = fragment();
	const target = hash ? document.getElementById(hash) : null;
	if (target && onScreen(target)) return hash;
	// Found once, on first use (never on load). Captions, the footnotes' hidden heading and footnote
	// references only label or point to what holds a citable id.
	const ids = (placesInText ??= document.querySelectorAll<HTMLElement>('[data-doc-body] [id]:not(figcaption, #footnote-label, [id^="fnref-"])'));
	let low = 0;
	let high = ids.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (ids[middle]!.getBoundingClientRect().top <= READING_LINE_PX) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found < 0 ? '' : ids[found]!.id;
}

/**
 * The language switcher sits in the page header, so a reader scrolls up to it and, at that moment, is
 * no longer where they were reading. The reading place is therefore taken where a scroll last came to
 * rest with the switcher out of view (once per scroll, not on every frame), starting from the
 * #fragment the page was opened or navigated at.
 */
let readingPlace = fragment();
const switcher = document.querySelector('.lang-switcher');
function noteReadingPlace() {
	if (switcher && !onScreen(switcher)) readingPlace = placeOnScreen();
}
addEventListener('hashchange', () => (readingPlace = fragment()));
if ('onscrollend' in window) addEventListener('scrollend', noteReadingPlace);
else {
	let resting: ReturnType<typeof setTimeout> | undefined;
	addEventListener('scroll', () => {
		clearTimeout(resting);
		resting = setTimeout(noteReadingPlace, 150);
	});
}

/** Points a language link at the reader's place in the other language (ids are identical in every language). */
function carryReadingPlace(event: Event) {
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-lang-link]') : null;
	if (!link) return;
	const url = new URL(link.href);
	// A place on screen now (a fragment just followed, a switcher kept in view) wins over where the reader last stopped.
	url.hash = placeOnScreen() || readingPlace;
	link.href = url.href;
}
// Before the link is followed: pointer press, keyboard focus and Enter, and the click itself.
for (const type of ['pointerdown', 'focusin', 'keydown', 'click']) document.addEventListener(type, carryReadingPlace);

// The widths from which each navigation is a column (global.css, "Document pages").
const columns: [string, string][] = [
	['details.doc-sidebar-details', '(min-width: 60rem)'],
	['details.on-this-page', '(min-width: 75rem)'],
];
for (const [selector, query] of columns) {
	const details = document.querySelector<HTMLDetailsElement>(selector);
	if (!details) continue;
	const column = matchMedia(query);
	if (column.matches) details.open = true;
	column.addEventListener('change', () => (details.open = column.matches));
}

// The Cite panel's code (formatters) loads only when a reader first opens a panel.
for (const panel of document.querySelectorAll<HTMLDetailsElement>('details[data-cite]')) {
	panel.addEventListener('toggle', () => panel.open && import('./cite').then(({ enhance }) => enhance(panel)), { once: true });
}

// Glossary term links: their previews (term-preview.ts) load on the first pointer, focus or touch on
// one. A tap on a term link before they have loaded is held back and opens the card once they have
// (the first tap opens the card, the second follows the link); if they fail to load, the tap is followed.
let termPreviews: Promise<void> | undefined;
let termPreviewsReady = false;
let touchedTerm: HTMLAnchorElement | null = null;
let heldTap: HTMLAnchorElement | undefined;
const termLinkOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.term-link') : null);
function loadTermPreviews(event: Event) {
	const link = termLinkOf(event);
	if (event.type === 'touchstart') touchedTerm = link;
	if (!link || termPreviews) return;
	termPreviews = import('./term-preview')
		.then(({ startTermPreviews }) => startTermPreviews(event, touchedTerm, heldTap))
		.catch(() => heldTap && location.assign(heldTap.href))
		.finally(() => (termPreviewsReady = true));
}
for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, loadTermPreviews, { passive: true });
document.addEventListener('click', (event) => {
	const link = termLinkOf(event);
	if (termPreviewsReady || !link || link !== touchedTerm) return;
	event.preventDefault();
	heldTap = link;
});

// Charts: chart.js and the chart code load only when a chart comes near the viewport (pages without
// charts, and readers who never scroll to one, never download them).
const charts = document.querySelectorAll<HTMLElement>('[data-chart]');
if (charts.length) {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				import('./chart').then(({ drawChart }) => drawChart(entry.target as HTMLElement));
			}
		},
		{ rootMargin: '200px 0px' },
	);
	charts.forEach((chart) => observer.observe(chart));
}

// Action plans become cards on phones (display: block), and some browsers (Safari) then drop the
// table's semantics. The ARIA roles that keep them are added here: the HTML standard does not allow
// them in the markup of a native table.
for (const table of document.querySelectorAll<HTMLTableElement>('[data-plan] table')) {
	const roles: [string, string][] = [['', 'table'], ['thead, tbody', 'rowgroup'], ['tr', 'row'], ['th[scope="col"]', 'columnheader'], ['th[scope="row"], th[scope="rowgroup"]', 'rowheader'], ['td', 'cell']];
	for (const [selector, role] of roles) {
		for (const element of selector ? table.querySelectorAll(selector) : [table]) element.setAttribute('role', role);
	}
}

// "/" from anywhere on a page (outside a text field) goes to the search box: the search page's own,
// else the header's. The inputs say so to assistive technology (aria-keyshortcuts).
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
	if ((event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
	const box = document.querySelector<HTMLInputElement>('#search-query') ?? document.querySelector<HTMLInputElement>('#header-search');
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});

// Arriving from a search result: mark the query's words (the module is loaded only then).
if (new URLSearchParams(location.search).has('hl')) void import('./highlight');
