/**
 * A restricted and a public build served, one after the other, from the same
 * origin share the browser's localStorage. The public build must never show,
 * export or count what the restricted build stored there: the briefing basket
 * and the console history are kept under a key of tier and extract hash.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/e2e/chromium';
import { BUILD_DIR, PUBLIC_BUILD_DIR } from '../../scripts/e2e/paths';
import { startServer, type RunningServer } from '../../scripts/serve/server';
import { runInEditor } from '../helpers/console';

const SECRET_SQL = 'SELECT 4242 AS restricted_only';
let browser: Browser;
let server: RunningServer | null = null;
let port = 0;

/** Serves `dir` on the one port of this test, so both builds share an origin. */
async function serve(dir: string): Promise<string> {
	await server?.close();
	server = await startServer({ dir, port });
	port = Number(new URL(server.url).port);
	return server.url;
}

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await server?.close();
	await browser?.close();
});

async function ready(url: string) {
	const page = await browser.context.newPage();
	await page.goto(url);
	await page.locator('main[data-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
	return page;
}

describe('a public build on the origin of a restricted one', () => {
	test('never shows, counts or lists the restricted basket and history', async () => {
		const restrictedUrl = await serve(BUILD_DIR);
		let page = await ready(`${restrictedUrl}/`);
		const add = page.locator('[data-briefing-add="visits-by-year"]');
		await add.click();
		await expect.poll(() => add.innerText(), { timeout: 15_000 }).toBe('In briefing');
		await expect(page.locator('nav a[href="/briefing"]').innerText()).resolves.toBe('Briefing (1)');
		await page.close();
		page = await ready(`${restrictedUrl}/explore`);
		expect(await runInEditor(page, SECRET_SQL)).toBe('done');
		const stored = await page.evaluate(() => Object.keys(localStorage));
		expect(stored.filter((k) => k.includes(':restricted:')).length).toBe(2);
		await page.close();

		const publicUrl = await serve(PUBLIC_BUILD_DIR);
		expect(publicUrl).toBe(restrictedUrl);
		page = await ready(`${publicUrl}/briefing`);
		try {
			// The restricted entries are still in this origin's storage, under keys the public build never reads.
			const keys = await page.evaluate(() => Object.keys(localStorage));
			expect(keys.filter((k) => k.includes(':restricted:')).length).toBe(2);
			await expect(page.locator('nav a[href="/briefing"]').innerText()).resolves.toBe(
				'Briefing (0)'
			);
			expect(await page.locator('[data-briefing-count]').count()).toBe(0);
			expect(await page.locator('[data-briefing-export]').count()).toBe(0);
			await page.close();

			page = await ready(`${publicUrl}/explore`);
			await page.locator('[data-sql-editor]').waitFor();
			await expect(page.getByText(/^History \(\d+\)$/).innerText()).resolves.toBe('History (0)');
			expect(await page.content()).not.toContain('4242');
		} finally {
			await page.close();
		}

		// Back on the restricted build, its own basket is still there.
		await serve(BUILD_DIR);
		page = await ready(`${restrictedUrl}/briefing`);
		try {
			await expect(
				page.locator('[data-briefing-count]').getAttribute('data-briefing-count')
			).resolves.toBe('1');
		} finally {
			await page.close();
		}
	});
});
