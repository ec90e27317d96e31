import type { AstroUserConfig } from 'astro';

/**
 * The Content Security Policy of every page (Astro's `security.csp`, written into a <meta> tag with a
 * hash for each script and style Astro emits). Only the site's own files may load: no other origin,
 * no inline script or style that Astro did not hash, no plugins, no <base> or form target elsewhere.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search engine; it allows no JS eval.
 * Directives a <meta> tag cannot carry (frame-ancestors) are sent as headers: public/_headers.
 */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspConfig = {
	directives: [
		"default-src 'self'",
		"img-src 'self'",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: { resources: ["'self'"] },
};
