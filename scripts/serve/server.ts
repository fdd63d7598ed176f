import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mimes } from 'mrmime';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../build/security-policy.js';
import { checkedSiteDir, FALLBACK_PAGE } from './site-files';

export interface ServeOptions {
	/** The adapter-static output folder. */
	dir: string;
	/** 0 picks a free port. */
	port?: number;
	/** Host names accepted besides the loopback ones, e.g. a name the hosts file maps to 127.0.0.1. */
	hosts?: readonly string[];
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
const LISTEN_ADDRESS = '127.0.0.1';
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;
const IMMUTABLE_PREFIX = '/_app/immutable/';

// mrmime, which sirv asks for types, does not know the extracts' extension; unknown types go out as bytes.
mimes['parquet'] = 'application/octet-stream';

/**
 * The host name of a Host header, lower-cased and without port or trailing
 * dot; null when there is none. IPv6 literals keep their brackets.
 */
export function hostName(header: string | undefined): string | null {
	if (!header) return null;
	const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(header.trim().toLowerCase());
	const name = match?.[1].replace(/\.$/, '');
	return name ? name : null;
}

function sendText(res: ServerResponse, status: number, text: string): void {
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.setHeader('Content-Length', Buffer.byteLength(text));
	res.setHeader('Cache-Control', 'no-store');
	res.writeHead(status);
	res.end(text);
}

function count(traffic: Traffic, req: IncomingMessage, res: ServerResponse): void {
	res.on('finish', () => {
		traffic.requests++;
		if (req.method !== 'HEAD') traffic.bodyBytes += Number(res.getHeader('Content-Length') ?? 0);
	});
}

/**
 * Serves a built site on 127.0.0.1 and resolves once it listens. sirv indexes
 * the site's files at start, so a request path is only ever looked up in that
 * index, never joined to a file-system path; checkedSiteDir refuses a site with
 * links leading out of it. Requests naming any other host get 421, so a web
 * page whose DNS name is rebound to 127.0.0.1 cannot read the site.
 */
export function startServer({
	dir,
	port = 4173,
	hosts = []
}: ServeOptions): Promise<RunningServer> {
	let root: string;
	try {
		root = checkedSiteDir(dir);
	} catch (error) {
		return Promise.reject(error as Error);
	}
	const allowed = new Set([...LOOPBACK_HOSTS, ...hosts.map((h) => hostName(h) ?? h)]);
	const serveFile = sirv(root, {
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		// A path without an extension outside /_app/ and /data/ is a client-side route.
		single: FALLBACK_PAGE,
		ignores: ['^/_app/', '^/data/'],
		setHeaders(res, pathname) {
			res.setHeader(
				'Cache-Control',
				pathname.startsWith(IMMUTABLE_PREFIX) ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		},
		onNoMatch(req, res) {
			sendText(res, 404, `Not found: ${JSON.stringify(req.url)}\n`);
		}
	});

	const traffic: Traffic = { requests: 0, bodyBytes: 0 };
	const server = createServer((req, res) => {
		count(traffic, req, res);
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		const host = hostName(req.headers.host);
		if (!host || !allowed.has(host)) {
			return sendText(res, 421, `This server answers only for ${[...allowed].join(', ')}.\n`);
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			return sendText(res, 405, 'Method not allowed\n');
		}
		try {
			serveFile(req, res);
		} catch (error) {
			sendText(res, 500, `Server error: ${(error as Error).message}\n`);
		}
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: pass --port.` : '';
			reject(new Error(`Cannot listen on ${LISTEN_ADDRESS}:${port}: ${error.message}.${hint}`));
		});
		server.listen(port, LISTEN_ADDRESS, () => {
			const actual = (server.address() as AddressInfo).port;
			resolvePromise({
				url: `http://${LISTEN_ADDRESS}:${actual}`,
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
