import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../../scripts/e2e/chromium';
import { BUILD_DIR, SCREENSHOT_DIR } from '../../scripts/e2e/paths';
import { startServer, type RunningServer } from '../../scripts/serve/server';
import { watchPage, type PageWatch } from './page-watch';

export type PageState = 'ready' | 'error';

/** A built site served on 127.0.0.1 (random port) with a Chromium of its own. */
export interface Site {
	readonly server: RunningServer;
	readonly browser: Browser;
	close(): Promise<void>;
}

export interface Visit {
	readonly page: Page;
	readonly watch: PageWatch;
	/** The state `<main>` settled on. */
	readonly state: PageState;
}

/** How long a page may take to load DuckDB-WASM and run its queries (cold, 2 cores). */
const SETTLE_TIMEOUT_MS = 60_000;

export async function openSite(dir: string = BUILD_DIR): Promise<Site> {
	const server = await startServer({ dir, port: 0 });
	try {
		const browser = await launchBrowser();
		return {
			server,
			browser,
			async close() {
				await browser.close();
				await server.close();
			}
		};
	} catch (error) {
		await server.close();
		throw error;
	}
}

/**
 * Opens `path` in a new page and waits until `<main>` says ready or error,
 * never a fixed sleep. Close the previous visit's page first.
 */
export async function visit(site: Site, path: string): Promise<Visit> {
	const { context } = site.browser;
	const page = await context.newPage();
	const watch = watchPage(context, page);
	await page.goto(site.server.url + path);
	const main = page.locator('main[data-state="ready"], main[data-state="error"]');
	try {
		await main.first().waitFor({ state: 'attached', timeout: SETTLE_TIMEOUT_MS });
	} catch (error) {
		const state = await page
			.locator('main')
			.first()
			.getAttribute('data-state')
			.catch(() => null);
		throw new Error(
			`${path}: <main> never reached data-state ready or error within ${SETTLE_TIMEOUT_MS} ms ` +
				`(last state: ${state ?? 'no <main data-state>'}).\nConsole errors: ` +
				`${watch.consoleErrors.join('\n') || 'none'}\nPage errors: ${watch.pageErrors.join('\n') || 'none'}`,
			{ cause: error }
		);
	}
	const state = (await main.first().getAttribute('data-state')) as PageState;
	return { page, watch, state };
}

/** The visible text of the page, for messages that a person would read. */
export async function pageText(page: Page): Promise<string> {
	return page.locator('body').innerText();
}

/** Full-page screenshot at test-results/screenshots/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const path = join(SCREENSHOT_DIR, `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	return path;
}
