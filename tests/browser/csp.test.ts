import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
	CSP_DIRECTIVES,
	quoteSource,
	SECURITY_HEADERS
} from '../../scripts/build/security-policy.js';
import { launchBrowser } from '../../scripts/e2e/chromium';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { watchCspViolations } from '../helpers/page-watch';
import { NAV_PAGES } from '../helpers/routes';
import { openSite, visit, type Site } from '../helpers/site';

/** A path no route matches: the 404.html fallback page must carry the policy too. */
const NOT_FOUND = '/no-such-page';
const ROUTES = [...NAV_PAGES, NOT_FOUND];

let site: Site;
beforeAll(async () => {
	site = await openSite(BUILD_DIR);
});
afterAll(async () => site?.close());

/** The directives of a policy string, by name. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources])
	);
}

function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

test.each(ROUTES)('%s: meta policy hashes its inline scripts only, headers sent', async (path) => {
	const response = await fetch(site.server.url + path);
	expect(response.status).toBe(200);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		expect(response.headers.get(name), name).toBe(value);
	}
	const html = await response.text();
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
	expect(metas, 'one <meta> policy').toHaveLength(1);
	const policy = directives(metas[0][1]);

	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
	expect(inline.length, 'SvelteKit bootstraps with an inline script').toBeGreaterThan(0);
	const scriptSrc = policy.get('script-src') ?? [];
	expect(scriptSrc.filter((s) => !s.startsWith("'sha256-")).sort()).toEqual([
		"'self'",
		"'wasm-unsafe-eval'"
	]);
	expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).sort()).toEqual(
		[...new Set(inline.map((m) => sha256(m[1])))].sort()
	);
	for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
		if (name === 'script-src') continue;
		expect(policy.get(name), name).toEqual((sources as string[]).map(quoteSource));
	}
});

test.each(ROUTES)('%s settles with no policy violation', async (path) => {
	// visit() throws on any violation reported up to the settled page.
	const { page, state } = await visit(site, path);
	try {
		expect(state).toBe(path === NOT_FOUND ? 'error' : 'ready');
		expect(site.cspViolations).toEqual([]);
	} finally {
		await page.close();
	}
});

test('an injected inline script and a fetch to another host are blocked and reported', async () => {
	// A browser of its own: these violations are the point here, not failures of the site.
	const browser = await launchBrowser();
	try {
		const violations = await watchCspViolations(browser.context);
		const page = await browser.context.newPage();
		await page.goto(`${site.server.url}/data`);
		await page.locator('main[data-state="ready"]').waitFor({ state: 'attached' });
		const outcome = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true;';
			document.head.append(script);
			const fetched = await fetch('http://example.invalid/').then(
				() => 'fetched',
				() => 'refused'
			);
			return { injected: 'injected' in window, fetched };
		});
		expect(outcome).toEqual({ injected: false, fetched: 'refused' });
		await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
		expect(violations.join('\n')).toMatch(/script-src-elem blocked \(inline\)|script-src/);
		expect(violations.join('\n')).toMatch(/connect-src blocked http:\/\/example\.invalid/);
	} finally {
		await browser.close();
	}
});
