/**
 * The Cite panel in the browser (components/CitePanel.astro), loaded when a panel first opens:
 * re-formats the citation with today's access date and, when the URL's #fragment names a point of
 * the text, cites that point (its exact URL and a locator such as "п. 2"); copy buttons.
 */
import { formatCitations, pinpointLabel, type CitationInput } from '../utils/citation';
import { fillPlaceholders } from '../dictionaries/fill';
import { confirmCopied } from './announce';

const MIME: Record<string, string> = { bibtex: 'application/x-bibtex', ris: 'application/x-research-info-systems' };

/** Today in the reader's time zone, ISO. */
function today(): string {
	const now = new Date();
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The visible text of a heading or point, without copy-links, originals and editorial marks. */
function textOf(id: string): string | undefined {
	const element = document.getElementById(id);
	if (!element) return undefined;
	const copy = element.cloneNode(true) as HTMLElement;
	copy.querySelectorAll('.copy-link, .heading-original, .sic-mark, .plan-note').forEach((el) => el.remove());
	const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
	return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}

export function enhance(panel: HTMLElement) {
	const input = JSON.parse(panel.querySelector('[data-cite-input]')!.textContent!) as CitationInput;
	const labels = JSON.parse(panel.dataset.labels!) as { point: string; base: string; copied: string };
	let texts: Record<string, string> = {};

	function update() {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		// Only points of the text are pinpointed; the page's own heading is the page.
		const inText = target?.closest('[data-doc-body]') ? target : null;
		const url = new URL(location.href);
		url.search = '';
		if (!inText) url.hash = '';
		const pinpoint = inText ? { id, label: pinpointLabel(id, input.lang, textOf) } : undefined;
		const citations = formatCitations({ ...input, url: url.href, accessed: today(), pinpoint });
		texts = { gost: citations.gost.text, apa: citations.apa.text, bibtex: citations.bibtex, ris: citations.ris };
		panel.querySelector('[data-cite-output="gost"]')!.innerHTML = citations.gost.html;
		panel.querySelector('[data-cite-output="apa"]')!.innerHTML = citations.apa.html;
		for (const format of ['bibtex', 'ris']) {
			panel.querySelector(`[data-cite-output="${format}"]`)!.textContent = texts[format]!;
			const download = panel.querySelector<HTMLAnchorElement>(`[data-cite-download="${format}"]`)!;
			download.href = `data:${MIME[format]};charset=utf-8,${encodeURIComponent(texts[format]!)}`;
			download.download = download.download.replace(/^[^.]+/, input.key + (pinpoint ? `-${pinpoint.id}` : ''));
		}
		panel.querySelector('[data-cite-scope]')!.textContent = pinpoint ? fillPlaceholders(labels.point, { label: pinpoint.label }) : labels.base;
	}

	update();
	addEventListener('hashchange', update);
	// A copy-link sets the fragment with history.replaceState, which fires no hashchange.
	document.addEventListener('click', (event) => {
		if ((event.target as Element | null)?.closest('a[data-copy-link]')) setTimeout(update);
	});
	panel.addEventListener('toggle', () => panel.matches('[open]') && update());
	for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(texts[button.dataset.citeCopy!]!);
				confirmCopied(button, labels.copied);
			} catch {
				// No clipboard access: the text stays visible to select by hand.
			}
		});
	}
}
