/**
 * Where the built site will be served, as the deployer says in the environment:
 *   SITE  the public origin, e.g. `https://example.github.io` (no path). Without it the build makes no
 *         absolute URL at all: no canonical link, no Open Graph URL, no sitemap, and citations and
 *         dataset downloads carry the page's path instead of a URL on a domain nobody chose.
 *   BASE  the path the site is served under, e.g. `/kz-migration/` (default `/`).
 * Read once by astro.config.ts; everything else gets them from Astro (`import.meta.env.SITE`,
 * `import.meta.env.BASE_URL`, the integration's config).
 */
export interface Deployment {
	/** The public origin without a trailing slash, or undefined when the deployer gave none. */
	site?: string;
	/** The base path, always with a leading and a trailing slash ("/" at the root). */
	base: string;
}

export function deploymentFromEnv(env: Record<string, string | undefined>): Deployment {
	return { site: parseSite(env.SITE), base: parseBase(env.BASE) };
}

function parseSite(value: string | undefined): string | undefined {
	if (!value?.trim()) return undefined;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(`SITE="${value}" is not a URL: give the public origin, e.g. SITE=https://example.github.io`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE="${value}" must be an http(s) URL`);
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE="${value}" must be an origin only; put the path in BASE, e.g. SITE=${url.origin} BASE=${url.pathname}`);
	}
	return url.origin;
}

function parseBase(value: string | undefined): string {
	const trimmed = value?.trim().replace(/^\/+|\/+$/g, '') ?? '';
	if (!trimmed) return '/';
	if (!/^[\w.~-]+(?:\/[\w.~-]+)*$/.test(trimmed) || trimmed.split('/').some((part) => part === '.' || part === '..')) {
		throw new Error(`BASE="${value}" must be a plain path such as /kz-migration/ (letters, digits, - . _ ~ and /)`);
	}
	return `/${trimmed}/`;
}
