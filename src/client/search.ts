/**
 * The search page's client: runs the query in ?q= against Pagefind (loaded from /pagefind/ at run
 * time; the bundle is generated after `astro build`) and renders results with the page's own words.
 */
import { fillPlaceholders } from '../dictionaries/fill';

interface PagefindResult {
	url: string;
	excerpt: string;
	/** `term` and `abbr`: set by a glossary term's page (pages/[lang]/glossary/[term].astro). */
	meta: { title?: string; document?: string; term?: string; abbr?: string };
	sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const messages: Record<'loading' | 'noResults' | 'results' | 'unavailable', string> = JSON.parse(list.dataset.messages!);

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	// A variable path keeps the bundler from resolving a file that exists only after the build. Under a
	// base path, Pagefind takes the base of its result URLs from where pagefind.js was loaded.
	// Not utils/routes.ts's sitePath: its `import.meta.env?.` (safe outside Vite) is not replaced in browser code.
	const path = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/pagefind/pagefind.js`;
	pagefind ??= import(/* @vite-ignore */ path);
	return pagefind;
}

/** Pagefind excerpts are HTML with <mark>; keep only text and the marks. */
function safeExcerpt(html: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const template = document.createElement('template');
	template.innerHTML = html;
	for (const node of template.content.childNodes) {
		if (node.nodeType === Node.TEXT_NODE) fragment.append(node.textContent ?? '');
		else if (node instanceof HTMLElement && node.tagName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			fragment.append(mark);
		} else fragment.append(node.textContent ?? '');
	}
	return fragment;
}

async function run(query: string) {
	list.replaceChildren();
	if (!query.trim()) {
		statusLine.textContent = '';
		return;
	}
	statusLine.textContent = messages.loading;
	try {
		const engine = await loadPagefind();
		const search = await engine.search(query);
		const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
		// A glossary term whose headword or abbreviation is the query comes first (Pagefind ranks by how
		// often the words occur, so a page that uses "беженец" throughout would outrank the term "беженец").
		const asked = query.trim().toLocaleLowerCase();
		const isExactTerm = (r: PagefindResult) => [r.meta.term, r.meta.abbr].some((name) => name?.toLocaleLowerCase() === asked);
		results.sort((a, b) => Number(isExactTerm(b)) - Number(isExactTerm(a)));
		statusLine.textContent = results.length ? fillPlaceholders(messages.results, { query, count: search.results.length }) : fillPlaceholders(messages.noResults, { query });
		for (const result of results) {
			const item = document.createElement('li');
			const heading = document.createElement('h2');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			heading.append(link);
			item.append(heading);
			if (result.meta.document) {
				const doc = document.createElement('p');
				doc.className = 'search-result-document';
				doc.textContent = result.meta.document;
				item.append(doc);
			}
			// A term page's sections (definition, related terms…) are not places worth listing.
			const subs = result.meta.term ? [] : (result.sub_results ?? []).filter((s) => s.url !== result.url).slice(0, 3);
			if (subs.length) {
				const subList = document.createElement('ul');
				for (const sub of subs) {
					const li = document.createElement('li');
					const a = document.createElement('a');
					a.href = sub.url;
					a.textContent = sub.title;
					const p = document.createElement('p');
					p.append(safeExcerpt(sub.excerpt));
					li.append(a, p);
					subList.append(li);
				}
				item.append(subList);
			} else {
				const p = document.createElement('p');
				p.append(safeExcerpt(result.excerpt));
				item.append(p);
			}
			list.append(item);
		}
	} catch {
		statusLine.textContent = messages.unavailable;
	}
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial);
form.addEventListener('submit', (event) => {
	event.preventDefault();
	const url = new URL(location.href);
	url.searchParams.set('q', input.value);
	history.replaceState(null, '', url);
	void run(input.value);
});
