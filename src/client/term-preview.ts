/**
 * Glossary term previews: a card beside a term link of the text (`a.term-link`, made by
 * plugins/rehype-glossary-links.ts) with the term in the reader's language, its equivalents in the
 * other two, its short definition and a link to the term's page. An enhancement of the real link:
 * without this script the link goes to the term page. Loaded by page.ts on the first pointer, focus or
 * touch on a term link; the data (/{lang}/glossary/previews.json) is fetched once, on first use.
 *
 * When the card shows (WCAG 1.4.13, content on hover or focus):
 * - mouse or pen: after a short hover; it stays while the pointer is on the link or on the card (a grace
 *   period lets the pointer cross the gap), and closes once the pointer has left both and focus is
 *   not in them;
 * - keyboard: on focus (only focus the reader can see, :focus-visible, so that a click's or tap's focus
 *   opens nothing); Tab moves on into the card's link; it closes when focus leaves link and card;
 * - touch: the first tap on a term link opens its card instead of following the link; a second tap on
 *   it, or on the card's link, follows it; a tap anywhere else closes the card;
 * - Esc closes it without moving the pointer or focus (focus in the card returns to the term link), and
 *   it stays closed for that link until the pointer or focus has left it.
 *
 * ARIA: the card is not a tooltip (role=tooltip may hold no link) nor the link a disclosure button
 * (aria-expanded would announce a toggle, while Enter still follows the link). So while the card is
 * open the link is described by the card's definition (aria-describedby, read with the link's name on
 * focus), and the card is a labelled group placed right after the link in the DOM, so that it is next
 * in the reading and Tab order. It is a manual popover: in the top layer, out of the page's flow and
 * of any clipping box, so opening it moves nothing (positioned with element.style: the CSP forbids
 * style attributes in the markup, not the CSSOM).
 */
import type { TermPreviews } from '../pages/[lang]/glossary/previews.json';

/** How long the pointer rests on a link before its card opens. */
const OPEN_DELAY_MS = 300;
/** How long the card waits after the pointer has left link and card, to let it cross between them. */
const CLOSE_DELAY_MS = 300;
/** Between the link and the card, and between the card and the viewport's edges (px). */
const GAP = 6;
const MARGIN = 8;

const CARD_ID = 'term-preview';
const DEFINITION_ID = 'term-preview-definition';
const TERM_ID = 'term-preview-term';

const hasPopover = typeof HTMLElement.prototype.showPopover === 'function';

let data: Promise<TermPreviews | undefined> | undefined;
let card: HTMLElement | undefined;
/** The link whose card is open. */
let active: HTMLAnchorElement | undefined;
/** The link whose card is about to open (hover delay, data on its way). */
let wanted: HTMLAnchorElement | undefined;
/** The pointer is on the active link or its card; focus is on the link or in the card. */
let hovered = false;
let focused = false;
/** Closed with Esc: not reopened until the pointer and focus have left it. */
let dismissed: HTMLAnchorElement | undefined;
/** The term link the last touch landed on: its click is the tap that opens the card. */
let touchedLink: HTMLAnchorElement | null = null;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

function termLinkOf(target: EventTarget | null): HTMLAnchorElement | null {
	return target instanceof Element ? target.closest<HTMLAnchorElement>('a.term-link') : null;
}

function inCard(target: EventTarget | null): boolean {
	return !!card && target instanceof Node && card.contains(target);
}

/** The previews of the link's language: previews.json beside its term page (/{lang}/glossary/{id}/). */
function previews(link: HTMLAnchorElement): Promise<TermPreviews | undefined> {
	data ??= fetch(new URL('../previews.json', link.href))
		.then((response) => (response.ok ? (response.json() as Promise<TermPreviews>) : undefined))
		.catch(() => undefined);
	return data;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function nameOf([term, abbreviation]: [string, string?]): string {
	return abbreviation ? `${term} (${abbreviation})` : term;
}

/** Fills the card for one term; false when the data has no such term. */
function fill(link: HTMLAnchorElement, previews: TermPreviews): boolean {
	const entry = previews.terms[link.dataset.term ?? ''];
	if (!entry) return false;
	if (!card) {
		card = element('div', 'term-preview');
		card.id = CARD_ID;
		card.setAttribute('role', 'group');
		card.setAttribute('aria-labelledby', TERM_ID);
		if (hasPopover) card.popover = 'manual';
		else card.hidden = true;
	}
	const { lang, labels } = previews;
	const names = entry.names;
	// The card speaks the reader's language, also inside Kazakh text on a Russian or English page.
	card.lang = lang;
	const term = element('p', 'term-preview-term', nameOf(names[lang]));
	term.id = TERM_ID;
	const equivalents = element('dl', 'term-preview-equivalents');
	for (const l of (Object.keys(labels.langs) as (keyof typeof labels.langs)[]).filter((l) => l !== lang)) {
		const row = element('div', '');
		const value = element('dd', '', nameOf(names[l]));
		value.lang = l;
		row.append(element('dt', '', labels.langs[l]), value);
		equivalents.append(row);
	}
	const definition = element('p', 'term-preview-definition', entry.definition);
	definition.id = DEFINITION_ID;
	const more = element('a', '', labels.open);
	more.href = link.getAttribute('href')!;
	const moreLine = element('p', 'term-preview-more');
	moreLine.append(more);
	card.replaceChildren(term, equivalents, definition, moreLine);
	return true;
}

/** Places the card below the link, or above it when there is more room there, within the viewport. */
function place() {
	if (!card || !active) return;
	const rects = active.getClientRects();
	if (!rects.length) return;
	// A link broken over two lines: below its last line, or above its first.
	const first = rects[0]!;
	const last = rects[rects.length - 1]!;
	const viewportWidth = document.documentElement.clientWidth;
	const roomBelow = innerHeight - last.bottom - GAP - MARGIN;
	const roomAbove = first.top - GAP - MARGIN;
	card.style.maxHeight = '';
	const height = card.offsetHeight;
	const below = height <= roomBelow || roomBelow >= roomAbove;
	const anchor = below ? last : first;
	// Taller than the room on its side: it scrolls (its link stays reachable).
	if (height > (below ? roomBelow : roomAbove)) card.style.maxHeight = `${Math.max(below ? roomBelow : roomAbove, 96)}px`;
	const left = Math.max(MARGIN, Math.min(anchor.left, viewportWidth - card.offsetWidth - MARGIN));
	const top = below ? anchor.bottom + GAP : anchor.top - GAP - card.offsetHeight;
	card.style.left = `${left}px`;
	card.style.top = `${top}px`;
}

function show(link: HTMLAnchorElement) {
	if (!card) return;
	if (active !== link) hide();
	active = link;
	link.after(card);
	link.setAttribute('aria-describedby', DEFINITION_ID);
	if (hasPopover) card.showPopover();
	else card.hidden = false;
	place();
}

/** Closes the card and takes it out of the text (so that nothing reads it there while it is closed). */
function hide() {
	clearTimeout(closeTimer);
	const link = active;
	if (!card || !link) return;
	active = undefined;
	hovered = false;
	focused = false;
	link.removeAttribute('aria-describedby');
	if (!hasPopover) card.hidden = true;
	else if (card.matches(':popover-open')) card.hidePopover();
	card.remove();
}

/** Opens the link's card once its data is there; a held-back tap follows the link if there is none. */
async function open(link: HTMLAnchorElement, followIfNone = false) {
	clearTimeout(openTimer);
	clearTimeout(closeTimer);
	wanted = link;
	const loaded = await previews(link);
	if (wanted !== link) return; // the reader moved on meanwhile
	wanted = undefined;
	if (loaded && fill(link, loaded)) show(link);
	else if (followIfNone) location.assign(link.href);
}

function closeSoon() {
	clearTimeout(closeTimer);
	closeTimer = setTimeout(() => !hovered && !focused && hide(), CLOSE_DELAY_MS);
}

// Hover is a mouse's or a pen's; a touch opens the card by tapping (onClick).
function onPointerOver(event: PointerEvent) {
	if (event.pointerType === 'touch') return;
	const link = termLinkOf(event.target);
	if (inCard(event.target) || (link && link === active)) {
		hovered = true;
		clearTimeout(closeTimer);
	} else if (link && link !== dismissed && link !== wanted) {
		clearTimeout(openTimer);
		wanted = link;
		openTimer = setTimeout(() => {
			hovered = true;
			void open(link);
		}, OPEN_DELAY_MS);
	}
}

function onPointerOut(event: PointerEvent) {
	if (event.pointerType === 'touch') return;
	const link = termLinkOf(event.target);
	if (!link && !inCard(event.target)) return;
	// Moving within the link, within the card, or between the two is no leaving.
	const to = event.relatedTarget;
	if ((link && to instanceof Node && link.contains(to)) || inCard(to) || (active && termLinkOf(to) === active)) return;
	if (link === dismissed) dismissed = undefined;
	if (link && link === wanted && link !== active) {
		clearTimeout(openTimer);
		wanted = undefined;
	}
	if (link === active || inCard(event.target)) {
		hovered = false;
		closeSoon();
	}
}

function onFocusIn(event: FocusEvent) {
	if (inCard(event.target)) {
		focused = true;
		return;
	}
	const link = termLinkOf(event.target);
	if (!link || link === dismissed || !link.matches(':focus-visible')) return;
	focused = true;
	if (link !== active) void open(link);
}

function onFocusOut(event: FocusEvent) {
	const link = termLinkOf(event.target);
	if (link === dismissed) dismissed = undefined;
	if (!(link === active || inCard(event.target))) return;
	if (inCard(event.relatedTarget) || (active && event.relatedTarget === active)) return;
	focused = false;
	if (!hovered) hide();
}

function onKeyDown(event: KeyboardEvent) {
	if (event.key !== 'Escape' || !active) return;
	const link = active;
	dismissed = link;
	// Focus inside the card would be lost when it closes: it goes back to the term link first.
	if (inCard(document.activeElement)) link.focus();
	hide();
}

function onPointerDown(event: PointerEvent) {
	touchedLink = event.pointerType === 'touch' ? termLinkOf(event.target) : null;
	// A press anywhere but the link and its card closes the card (on touch: a tap elsewhere).
	if (active && !inCard(event.target) && termLinkOf(event.target) !== active) hide();
}

function onClick(event: MouseEvent) {
	const link = termLinkOf(event.target);
	if (!link || link !== touchedLink || link === active) return;
	// The first tap on a term link opens its card; a second tap (link === active) follows the link.
	event.preventDefault();
	void open(link, true);
}

/**
 * Starts the previews: `first` is the event that loaded this module (handled as if it had been
 * heard), `touched` the term link a touch last landed on, `heldTap` a tap page.ts held back meanwhile.
 */
export function startTermPreviews(first: Event, touched: HTMLAnchorElement | null, heldTap: HTMLAnchorElement | undefined) {
	touchedLink = touched;
	document.addEventListener('pointerover', onPointerOver);
	document.addEventListener('pointerout', onPointerOut);
	document.addEventListener('focusin', onFocusIn);
	document.addEventListener('focusout', onFocusOut);
	document.addEventListener('keydown', onKeyDown);
	document.addEventListener('pointerdown', onPointerDown);
	document.addEventListener('click', onClick);
	// The card follows its link when the page or a scrolling box scrolls (not the card itself: placing
	// it measures it at full height, which would reset its own scroll), and when the viewport changes.
	addEventListener('scroll', (event) => inCard(event.target) || place(), { passive: true, capture: true });
	addEventListener('resize', place);
	if (heldTap) void open(heldTap, true);
	else if (first instanceof PointerEvent && first.type === 'pointerover' && (first.target as Element).matches(':hover')) onPointerOver(first);
	else if (first instanceof FocusEvent && document.activeElement === first.target) onFocusIn(first);
}
