/**
 * `npm run serve [-- --port N --dir build --host NAME ...]`: serves a built tier
 * on http://127.0.0.1 with the precompressed files, for a quick look or a demo.
 * It answers requests for 127.0.0.1, localhost, [::1] and each --host NAME.
 * Production serving is described in the README.
 */
import { parseArgs } from 'node:util';
import { startServer } from './server';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4173' },
		dir: { type: 'string', default: 'build' },
		host: { type: 'string', multiple: true, default: [] }
	}
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
	process.exit(2);
}

try {
	const server = await startServer({ dir: values.dir, port, hosts: values.host });
	console.log(`Serving ${values.dir}/ at ${server.url}/ (Ctrl+C to stop)`);
	const stop = () => void server.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
