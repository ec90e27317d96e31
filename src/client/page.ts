/**
 * The only script on text pages (kept tiny: see the JS budget test); heavier code (Cite, charts) loads on demand.
 * - Copy-link: a click on a heading's or point's "#" link copies the full URL and announces it.
 * - Document contents and "On this page": rendered closed, and shown as columns by CSS on wide screens
 *   (no JS needed, nothing moves on load); there they are also opened, so that their state is true for
 *   assistive technology and for browsers without ::details-content. Opening a side column moves
 *   nothing in the article.
 * - Language switcher: links to the other languages carry the current #fragment, so a reader who
 *   switches language stays at the same section or point (ids are identical in every language).
 */
import { announce } from './announce';

document.addEventListener('click', async (event) => {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
	if (!link) return;
	const url = new URL(link.getAttribute('href')!, location.href).href;
	history.replaceState(null, '', url);
	try {
		await navigator.clipboard.writeText(url);
		announce(document.documentElement.dataset.copiedLabel ?? '');
		event.preventDefault();
	} catch {
		// No clipboard (insecure context, denied): the link still navigates to the fragment.
	}
});

function carryFragment() {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]')) {
		const url = new URL(link.href);
		url.hash = location.hash;
		link.href = url.href;
	}
}
carryFragment();
addEventListener('hashchange', carryFragment);
document.addEventListener('click', (event) => {
	if ((event.target as Element | null)?.closest('a[data-lang-link]')) carryFragment();
});

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
