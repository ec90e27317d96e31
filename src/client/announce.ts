/** Tells screen-reader users what just happened ("Link copied"), through the layout's polite live region. */
export function announce(message: string) {
	const region = document.getElementById('live-region');
	if (region) region.textContent = message;
}
