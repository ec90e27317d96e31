/**
 * The source page (/{lang}/{doc}/source/): a link to a range of lines, `?lines=N-M#LN`, scrolls to
 * line N by its fragment (CSS marks it as :target); this marks the whole range.
 */
const range = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('lines') ?? '');
if (range) {
	for (let n = Number(range[1]); n <= Number(range[2]); n++) document.getElementById(`L${n}`)?.classList.add('source-range');
}
