/**
 * dist/ served the way a static host serves it, for the benchmarks: gzip on the fly (compression),
 * files and directory indexes (sirv), and the site's 404 page for anything else.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Starts the server on a free port; resolves to its origin and a way to stop it. `onResponse`, if
 * given, learns each response's URL and the bytes it put on the wire (compressed body and headers),
 * counted at the socket: a page's Web Workers fetch too (Pagefind searches in one), and a browser's
 * DevTools protocol session for the page does not see their requests.
 */
export async function serveDist(dist, onResponse) {
	const notFound = readFileSync(join(dist, '404.html'));
	const serveFiles = sirv(dist, { etag: true });
	const compress = compression();
	const server = createServer((req, res) => {
		if (onResponse) {
			// HTTP/1.1 sends one response at a time on a connection: the socket's count grows by this one's bytes.
			const before = req.socket.bytesWritten;
			res.on('finish', () => onResponse({ url: req.url, bytes: req.socket.bytesWritten - before }));
		}
		return compress(req, res, () =>
			serveFiles(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
				res.end(notFound);
			}),
		);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
