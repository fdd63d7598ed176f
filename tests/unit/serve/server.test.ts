import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../scripts/build/security-policy.js';
import { hostName, startServer, type RunningServer } from '../../../scripts/serve/server';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** node:http rather than fetch, which does not let a caller choose the Host header. */
function get(
	server: RunningServer,
	path: string,
	headers: Record<string, string> = {},
	method = 'GET'
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

const INDEX = '<!doctype html><title>home</title>';
const PAGE = '<!doctype html><title>recommendations</title>';
const FALLBACK = '<!doctype html><title>fallback</title>';
const SCRIPT = 'export const tier = "restricted";\n';

function makeSite(): string {
	const dir = mkdtempSync(join(tmpdir(), 'serve-site-'));
	writeFileSync(join(dir, 'index.html'), INDEX);
	writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(INDEX));
	writeFileSync(join(dir, 'recommendations.html'), PAGE);
	writeFileSync(join(dir, '404.html'), FALLBACK);
	mkdirSync(join(dir, '_app/immutable'), { recursive: true });
	writeFileSync(join(dir, '_app/immutable/app.js'), SCRIPT);
	writeFileSync(join(dir, '_app/immutable/app.js.gz'), gzipSync(SCRIPT));
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'data/recommendations.parquet'), 'PAR1');
	return dir;
}

describe('hostName', () => {
	it.each([
		['127.0.0.1:4173', '127.0.0.1'],
		['LOCALHOST', 'localhost'],
		['localhost.:80', 'localhost'],
		['[::1]:4173', '[::1]'],
		['evil.example:4173', 'evil.example'],
		['', null],
		[undefined, null]
	])('%s -> %s', (header, name) => {
		expect(hostName(header)).toBe(name);
	});
});

describe('startServer', () => {
	let dir: string;
	let server: RunningServer;
	beforeAll(async () => {
		dir = makeSite();
		server = await startServer({ dir, port: 0, hosts: ['dashboard.intranet'] });
	});
	afterAll(async () => {
		await server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the precompressed variant the client accepts, and the plain file otherwise', async () => {
		const before = { ...server.traffic };
		const br = await get(server, '/', { 'accept-encoding': 'gzip, br' });
		// The benchmark counts bytes as sent, compressed. The count is taken when the server has
		// handed the answer over ('finish'), which under load can come after the client read it.
		await expect.poll(() => server.traffic.requests - before.requests).toBe(1);
		expect(server.traffic.bodyBytes - before.bodyBytes).toBe(br.body.length);
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toBe(INDEX);
		expect(br.headers['vary']).toBe('Accept-Encoding');
		const plain = await get(server, '/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(INDEX);
		const gz = await get(server, '/_app/immutable/app.js', { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gz.headers['content-type']).toMatch(/^text\/javascript/);
		expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('serves extension-less routes from <route>.html and unknown routes from the 404.html fallback', async () => {
		for (const path of ['/recommendations', '/recommendations/']) {
			const reply = await get(server, path);
			expect(reply.status, path).toBe(200);
			expect(reply.body.toString(), path).toBe(PAGE);
			expect(reply.headers['cache-control']).toBe('no-cache');
		}
		const route = await get(server, '/states/FRA');
		expect(route.status).toBe(200);
		expect(route.body.toString()).toBe(FALLBACK);
	});

	it('answers 404, not the fallback page, for missing assets and extracts', async () => {
		for (const path of ['/_app/immutable/gone.js', '/_app/version', '/data/gone', '/favicon.png']) {
			const reply = await get(server, path);
			expect(reply.status, path).toBe(404);
			expect(reply.body.toString(), path).not.toContain('fallback');
		}
	});

	it('sends extracts as bytes', async () => {
		const reply = await get(server, '/data/recommendations.parquet');
		expect(reply.headers['content-type']).toBe('application/octet-stream');
		expect(reply.body.toString()).toBe('PAR1');
	});

	it('answers 421 to any host name but the loopback ones and those configured (DNS rebinding)', async () => {
		const port = server.port;
		for (const host of [
			'evil.example',
			`evil.example:${port}`,
			'127.0.0.1.evil.example',
			'dashboard.intranet.evil.example'
		]) {
			const reply = await get(server, '/', { host });
			expect(reply.status, host).toBe(421);
			expect(reply.body.toString(), host).not.toContain('home');
		}
		for (const host of [
			`127.0.0.1:${port}`,
			`localhost:${port}`,
			`[::1]:${port}`,
			'Dashboard.Intranet'
		]) {
			const reply = await get(server, '/', { host });
			expect(reply.status, host).toBe(200);
			expect(reply.body.toString(), host).toBe(INDEX);
		}
	});

	it('sends the security headers with every answer, errors and 304s included', async () => {
		const ok = await get(server, '/');
		const etag = String(ok.headers['etag']);
		const replies = [
			ok,
			await get(server, '/', { 'if-none-match': etag }),
			await get(server, '/_app/gone.js'),
			await get(server, '/', { host: 'evil.example' }),
			await get(server, '/', {}, 'POST')
		];
		expect(replies.map((r) => r.status)).toEqual([200, 304, 404, 421, 405]);
		for (const reply of replies) {
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
				expect(reply.headers[name.toLowerCase()], `${reply.status} ${name}`).toBe(value);
			}
		}
	});

	it('never leaves the site for a path with dot segments', async () => {
		for (const path of [
			'/../../../etc/passwd',
			'/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
			'/..%2f..%2f..%2fetc%2fpasswd'
		]) {
			const reply = await get(server, path);
			expect(reply.body.toString(), path).not.toMatch(/root:/);
		}
	});
});

describe('links in the site', () => {
	it('refuses to serve a site whose precompressed variant links outside it (index.html.br -> /etc/passwd)', async () => {
		const dir = makeSite();
		try {
			rmSync(join(dir, 'index.html.br'));
			symlinkSync('/etc/passwd', join(dir, 'index.html.br'));
			await expect(startServer({ dir, port: 0 })).rejects.toThrow(
				/links that lead outside it[\s\S]*index\.html\.br -> \/etc\/passwd/
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a dangling link and a linked folder outside the site, and serves links inside it', async () => {
		const dir = makeSite();
		const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
		try {
			symlinkSync(join(dir, 'recommendations.html'), join(dir, 'alias.html'));
			const server = await startServer({ dir, port: 0 });
			try {
				expect((await get(server, '/alias')).body.toString()).toBe(PAGE);
			} finally {
				await server.close();
			}
			symlinkSync(outside, join(dir, '_app/linked'));
			symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.js'));
			const refusal = await startServer({ dir, port: 0 }).then(
				() => '',
				(error: Error) => error.message
			);
			expect(refusal).toMatch(/_app\/linked -> .*serve-outside-/);
			expect(refusal).toContain('dangling.js (ENOENT)');
		} finally {
			rmSync(dir, { recursive: true, force: true });
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
