/** Tells screen-reader users what just happened ("Link copied"), through the layout's polite live region. */
export function announce(message: string) {
	const region = document.getElementById('live-region');
	if (region) region.textContent = message;
}

const BADGE_MS = 2000;
const badges = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Confirms a copy: announces the message and shows it for two seconds as a badge on the control that
 * copied (a copy-link, a Cite copy button). The badge is absolutely positioned (no layout shift) and
 * aria-hidden, so a screen reader hears the message once, from the live region.
 */
export function confirmCopied(control: HTMLElement, message: string) {
	announce(message);
	let badge = control.querySelector<HTMLElement>(':scope > .copied-badge');
	if (!badge) {
		badge = document.createElement('span');
		badge.className = 'copied-badge';
		badge.setAttribute('aria-hidden', 'true');
		control.append(badge);
	}
	badge.textContent = message;
	control.classList.add('is-copied');
	clearTimeout(badges.get(control));
	badges.set(
		control,
		setTimeout(() => {
			badge.remove();
			control.classList.remove('is-copied');
		}, BADGE_MS),
	);
}
