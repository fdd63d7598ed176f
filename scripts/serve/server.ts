import { createReadStream, existsSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { contentType } from './content-types';
import { FALLBACK_PAGE, resolveSitePath } from './resolve';

export interface ServeOptions {
	/** The adapter-static output folder. */
	dir: string;
	/** 0 picks a free port. */
	port?: number;
}

/** What the server sent since start (or since the caller last zeroed it): the benchmark reads it. */
export interface Traffic {
	requests: number;
	/** Response body bytes as sent, i.e. compressed when a .br/.gz sibling was chosen. */
	bodyBytes: number;
}

export interface RunningServer {
	readonly url: string;
	readonly port: number;
	readonly traffic: Traffic;
	close(): Promise<void>;
}

/** Loopback only: the site may be a restricted tier, so it is never offered to the network. */
const HOST = '127.0.0.1';
const IMMUTABLE_PREFIX = '/_app/immutable/';

/** Precompressed siblings written by adapter-static's `precompress`, best first. */
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
] as const;

/** Codings the client accepts (q > 0), from an Accept-Encoding header. */
export function acceptedEncodings(header: string | undefined): Set<string> {
	const accepted = new Set<string>();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
	}
	if (accepted.has('*')) for (const e of ENCODINGS) accepted.add(e.name);
	return accepted;
}

function siblingFile(file: string, suffix: string): Stats | null {
	try {
		const stats = statSync(file + suffix);
		return stats.isFile() ? stats : null;
	} catch {
		return null;
	}
}

/** setHeader rather than writeHead(status, headers), so getHeader() sees them when counting traffic. */
function setHeaders(res: ServerResponse, headers: Record<string, string | number>): void {
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

function sendText(res: ServerResponse, status: number, text: string): void {
	setHeaders(res, {
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
		'Cache-Control': 'no-store'
	});
	res.writeHead(status);
	res.end(text);
}

function count(traffic: Traffic, req: IncomingMessage, res: ServerResponse): void {
	res.on('finish', () => {
		traffic.requests++;
		if (req.method !== 'HEAD') traffic.bodyBytes += Number(res.getHeader('Content-Length') ?? 0);
	});
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.setHeader('Allow', 'GET, HEAD');
		return sendText(res, 405, 'Method not allowed\n');
	}
	let urlPath: string;
	try {
		urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
	} catch {
		return sendText(res, 400, 'Bad request path\n');
	}
	const found = resolveSitePath(root, urlPath);
	if (!found) return sendText(res, 404, `Not found: ${JSON.stringify(urlPath)}\n`);

	const headers: Record<string, string | number> = {
		'Content-Type': contentType(found.file),
		'Cache-Control': urlPath.startsWith(IMMUTABLE_PREFIX)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		'X-Content-Type-Options': 'nosniff'
	};
	let file = found.file;
	let stats = found.stats;
	const variants = ENCODINGS.map((e) => ({ ...e, stats: siblingFile(found.file, e.suffix) }));
	if (variants.some((v) => v.stats)) {
		headers['Vary'] = 'Accept-Encoding';
		const accepted = acceptedEncodings(req.headers['accept-encoding']);
		const chosen = variants.find((v) => v.stats && accepted.has(v.name));
		if (chosen?.stats) {
			file += chosen.suffix;
			stats = chosen.stats;
			headers['Content-Encoding'] = chosen.name;
		}
	}
	// The ETag names the bytes sent, so each encoding revalidates separately.
	const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${headers['Content-Encoding'] ?? ''}"`;
	headers['ETag'] = etag;
	if (req.headers['if-none-match'] === etag) {
		setHeaders(res, headers);
		res.writeHead(304);
		return void res.end();
	}
	headers['Content-Length'] = stats.size;
	setHeaders(res, headers);
	res.writeHead(200);
	if (req.method === 'HEAD') return void res.end();
	createReadStream(file)
		.on('error', () => res.destroy())
		.pipe(res);
}

/** Serves a built site on 127.0.0.1 and resolves once it listens. */
export function startServer({ dir, port = 4173 }: ServeOptions): Promise<RunningServer> {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		return Promise.reject(
			new Error(`No built site at ${root}. Run "npm run build" (or pass --dir) first.`)
		);
	}
	if (!existsSync(resolve(root, 'index.html')) && !existsSync(resolve(root, FALLBACK_PAGE))) {
		return Promise.reject(
			new Error(`${root} has neither index.html nor ${FALLBACK_PAGE}: is it a SvelteKit build?`)
		);
	}
	const traffic: Traffic = { requests: 0, bodyBytes: 0 };
	const server = createServer((req, res) => {
		count(traffic, req, res);
		try {
			handle(root, req, res);
		} catch (error) {
			sendText(res, 500, `Server error: ${(error as Error).message}\n`);
		}
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: pass --port.` : '';
			reject(new Error(`Cannot listen on ${HOST}:${port}: ${error.message}.${hint}`));
		});
		server.listen(port, HOST, () => {
			const actual = (server.address() as AddressInfo).port;
			resolvePromise({
				url: `http://${HOST}:${actual}`,
				port: actual,
				traffic,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					})
			});
		});
	});
}
