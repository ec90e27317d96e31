import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../utils/routes';

/** /robots.txt: everything may be crawled; the sitemap is named when the build has a public origin (SITE). */
export const GET: APIRoute = () => {
	const sitemap = absoluteUrl(sitePath('sitemap.xml'));
	const text = `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`;
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
