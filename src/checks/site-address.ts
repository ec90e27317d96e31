/**
 * Where a built site is served: its public origin (SITE, when the deployer gave one) and its base path
 * (BASE, "/" or "/kz-migration/"). Built pages are known by their path inside dist/ ("/kk/x/"); the
 * checks map the site's own links onto those paths with `distTarget`.
 */
export interface SiteAddress {
	site?: string;
	/** With a leading and a trailing slash. */
	base: string;
}

/** A stand-in origin when the build has none: no real link can point at it. */
const NO_ORIGIN = 'http://site.invalid';

export type LinkTarget =
	| { kind: 'site'; path: string; fragment: string }
	/** Another origin, or a scheme such as mailto: or data: — not this site's to check. */
	| { kind: 'external' }
	/** This site's origin, but a path outside the base path: a link that forgot the base. */
	| { kind: 'outside-base'; pathname: string };

/** What `href`, written on the built page at `fromPath`, points to. */
export function distTarget(href: string, fromPath: string, { site, base }: SiteAddress): LinkTarget {
	const origin = site ? new URL(site).origin : NO_ORIGIN;
	const pageUrl = new URL(`${base.replace(/\/$/, '')}${fromPath}`, origin);
	let url: URL;
	try {
		url = new URL(href, pageUrl);
	} catch {
		return { kind: 'external' };
	}
	if (url.origin !== origin) return { kind: 'external' };
	if (!`${url.pathname}/`.startsWith(base)) return { kind: 'outside-base', pathname: url.pathname };
	const path = `/${url.pathname.slice(base.length)}`;
	return { kind: 'site', path, fragment: decodeURIComponent(url.hash.slice(1)) };
}
