import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/e2e/paths';
import type { SiteServer } from './site';

/** The site settings the README documents for nginx. */
export const NGINX_SITE_CONF = join(ROOT, 'scripts/serve/nginx.conf');

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

/** Debian's nginx binary, or null when it is not installed. */
export function findNginx(): string | null {
	return NGINX_PATHS.find((path) => existsSync(path)) ?? null;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** nginx.conf around the documented site settings: loopback port, every path it writes in `dir`. */
function mainConf(dir: string, root: string, port: number): string {
	return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	server {
		listen 127.0.0.1:${port};
		server_name 127.0.0.1;
		root ${root};
		include ${NGINX_SITE_CONF};
	}
}
`;
}

/**
 * Starts `nginx` in the foreground, serving `root` on a free loopback port
 * with the documented site settings; its pid file, logs and temp folders live
 * in a temp folder that close() removes. Resolves once it answers.
 */
export async function startNginx(nginx: string, root: string): Promise<SiteServer> {
	const dir = mkdtempSync(join(tmpdir(), 'ctc-nginx-'));
	const port = await freePort();
	const conf = join(dir, 'nginx.conf');
	writeFileSync(conf, mainConf(dir, root, port));
	const child = spawn(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const close = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			await exited;
		}
		rmSync(dir, { recursive: true, force: true });
	};
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		const answered = await fetch(`${url}/`).then(
			() => true,
			() => false
		);
		if (answered) return { url, close };
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const log = existsSync(join(dir, 'error.log'))
		? readFileSync(join(dir, 'error.log'), 'utf8')
		: '';
	await close();
	throw new Error(`nginx did not answer on ${url}:\n${stderr}\n${log}`);
}
