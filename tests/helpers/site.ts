import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../../scripts/e2e/chromium';
import { BUILD_DIR, SCREENSHOT_DIR } from '../../scripts/e2e/paths';
import { startServer, type RunningServer } from '../../scripts/serve/server';
import { watchCspViolations, watchPage, type PageWatch } from './page-watch';

export type PageState = 'ready' | 'error';

/** What serves the site under test: startServer, or another web server (nginx.test.ts). */
export type SiteServer = Pick<RunningServer, 'url' | 'close'>;

/** A built site served on 127.0.0.1 (random port) with a Chromium of its own. */
export interface Site {
	readonly server: SiteServer;
	readonly browser: Browser;
	/** Content-security-policy violations of every page opened so far; any one fails the test. */
	readonly cspViolations: readonly string[];
	/** Also throws when a page reported a CSP violation, so every test file checks the policy. */
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
	return openBrowserOn(await startServer({ dir, port: 0 }));
}

/** A Chromium for the site `server` serves; closing the site closes the server too. */
export async function openBrowserOn(server: SiteServer): Promise<Site> {
	try {
		const browser = await launchBrowser();
		const cspViolations = await watchCspViolations(browser.context);
		return {
			server,
			browser,
			cspViolations,
			async close() {
				await browser.close();
				await server.close();
				if (cspViolations.length) throw cspError(cspViolations);
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
	if (site.cspViolations.length) throw cspError(site.cspViolations);
	return { page, watch, state };
}

function cspError(violations: readonly string[]): Error {
	return new Error(
		`The content security policy was violated ${violations.length} time(s):\n${violations.join('\n')}`
	);
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
