/**
 * The page of a long source text (/{lang}/{doc}/source/) lists its parts; a link to one of its lines,
 * `#L{n}` or `?lines=N-M#L{N}`, made to this page (as every line link was before the source was split)
 * is sent on to the part that holds line n, query and fragment kept. Each part's link in the list
 * carries its range (`data-first`, `data-last`, components/source/SourcePartList.astro).
 */
const line = /^#L(\d+)$/.exec(location.hash);
if (line) {
	const n = Number(line[1]);
	const part = [...document.querySelectorAll<HTMLAnchorElement>('a[data-first][data-last]')].find((a) => n >= Number(a.dataset.first) && n <= Number(a.dataset.last));
	if (part) location.replace(`${part.pathname}${location.search}${location.hash}`);
}
