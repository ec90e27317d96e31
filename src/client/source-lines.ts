/**
 * A source page (/{lang}/{doc}/source/, or a part of a long one): a link to a range of lines,
 * `?lines=N-M#LN`, scrolls to line N by its fragment (CSS marks it as :target); this marks the whole
 * range. A range that runs on past the last line of a part carries on into the next part's link.
 */
const range = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('lines') ?? '');
if (range) {
	const [first, last] = [Number(range[1]), Number(range[2])];
	let shownLast = first - 1;
	for (let n = first; n <= last; n++) {
		const line = document.getElementById(`L${n}`);
		if (!line) continue;
		line.classList.add('source-range');
		shownLast = n;
	}
	const next = document.querySelector<HTMLAnchorElement>('a[rel="next"]');
	if (next && shownLast >= first && shownLast < last) next.href = `${next.pathname}?lines=${shownLast + 1}-${last}#L${shownLast + 1}`;
}
