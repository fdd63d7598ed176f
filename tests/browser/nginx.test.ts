import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/build/security-policy.js';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { findNginx, startNginx } from '../helpers/nginx';
import { NAV_PAGES } from '../helpers/routes';
import { openBrowserOn, pageText, visit, type Site } from '../helpers/site';

const NGINX = findNginx();
const IN_CI = Boolean(process.env.CI);
if (!NGINX && !IN_CI) {
	console.warn(
		'nginx.test.ts skipped: nginx is not installed (apt-get install -y nginx; .ci/run installs it).'
	);
}

/** The restricted build served by nginx with the README's site settings (scripts/serve/nginx.conf). */
describe.skipIf(!NGINX && !IN_CI)('nginx with the documented configuration', () => {
	let site: Site;
	beforeAll(async () => {
		if (!NGINX) throw new Error('nginx is not installed; in CI .ci/run installs it.');
		site = await openBrowserOn(await startNginx(NGINX, BUILD_DIR));
	});
	afterAll(async () => site?.close());

	test('sends the security headers, precompressed files and 404s for missing assets', async () => {
		const page = await fetch(`${site.server.url}/`);
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(page.headers.get(name), name).toBe(value);
		}
		const missing = await fetch(`${site.server.url}/_app/immutable/gone.js`);
		expect(missing.status).toBe(404);
		expect(missing.headers.get('Content-Security-Policy')).toBe(
			SECURITY_HEADERS['Content-Security-Policy']
		);
		const extract = await fetch(`${site.server.url}/data/manifest.json`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(extract.headers.get('content-encoding')).toBe('gzip');
		expect(((await extract.json()) as { tier: string }).tier).toBe('restricted');
		// A trailing slash leads to the page, not to the folder beside it (403 without an index).
		const slash = await fetch(`${site.server.url}/states/`);
		expect(slash.status).toBe(200);
		expect(new URL(slash.url).pathname).toBe('/states');
	});

	test.each(NAV_PAGES)('%s reaches ready, with the CSP header', async (path) => {
		const response = await fetch(site.server.url + path);
		expect(response.headers.get('Content-Security-Policy')).toBe(
			SECURITY_HEADERS['Content-Security-Policy']
		);
		// visit() also fails on any policy violation, the page's <meta> policy and the header together.
		const { page, state } = await visit(site, path);
		try {
			expect(state, `${path} settled on error:\n${await pageText(page)}`).toBe('ready');
		} finally {
			await page.close();
		}
	});
});
