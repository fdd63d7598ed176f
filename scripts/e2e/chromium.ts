import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** System Chromium (apt-get install chromium): `npx playwright install` cannot download here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from phoning home, so any outside request is the app's own doing. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const VIEWPORT = { width: 1440, height: 900 };

export interface Browser {
	readonly context: BrowserContext;
	readonly profileDir: string;
	close(): Promise<void>;
}

/**
 * Chromium with a profile folder of its own. Pass `profileDir` to reuse a
 * profile (warm cache); otherwise a fresh one is made and removed on close.
 */
export async function launchBrowser(profileDir?: string): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`No Chromium at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" ` +
				'or set CHROMIUM_PATH to a Chromium binary.'
		);
	}
	const owned = profileDir === undefined;
	const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'ctc-chromium-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		locale: 'en-US',
		timezoneId: 'UTC'
	});
	return {
		context,
		profileDir: dir,
		async close() {
			await context.close();
			if (owned) rmSync(dir, { recursive: true, force: true });
		}
	};
}
