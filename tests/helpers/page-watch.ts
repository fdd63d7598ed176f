import type { BrowserContext, Page, Request } from 'playwright-core';

/** Everything a page did that a test may want to forbid. */
export interface PageWatch {
	/** Every URL requested by the page and its workers, in order. */
	readonly requests: string[];
	readonly consoleErrors: string[];
	readonly pageErrors: string[];
}

/** Origins that are not the network: inline data and in-memory blobs of the page's own origin. */
function isLocal(url: string, allowedHost: string): boolean {
	const parsed = new URL(url);
	if (parsed.protocol === 'data:') return true;
	if (parsed.protocol === 'blob:') return isLocal(url.slice('blob:'.length), allowedHost);
	return parsed.hostname === allowedHost;
}

/** Requests that went anywhere but `allowedHost` (127.0.0.1 for the test server). */
export function outsideRequests(watch: PageWatch, allowedHost = '127.0.0.1'): string[] {
	return watch.requests.filter((url) => !isLocal(url, allowedHost));
}

/**
 * Records requests at the context level, so requests from the DuckDB worker
 * are seen too, and console errors and uncaught exceptions of `page`.
 * Open one page at a time per context: requests are not told apart by page.
 */
export function watchPage(context: BrowserContext, page: Page): PageWatch {
	const watch: PageWatch = { requests: [], consoleErrors: [], pageErrors: [] };
	const onRequest = (request: Request) => watch.requests.push(request.url());
	context.on('request', onRequest);
	page.on('close', () => context.off('request', onRequest));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const where = message.location();
		watch.consoleErrors.push(`${message.text()} (${where.url}:${where.lineNumber})`);
	});
	page.on('pageerror', (error) => watch.pageErrors.push(error.stack ?? error.message));
	return watch;
}

/** Name of the page function the violation listener calls; nothing of the app uses it. */
const CSP_BINDING = '__ctcTestCspViolation';

/**
 * Collects every content-security-policy violation the pages of `context`
 * report (the `securitypolicyviolation` event), from the first script on:
 * blocked inline scripts, styles, images, fetches and workers alike. Call it
 * once per context, before opening the pages to watch.
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.exposeBinding(CSP_BINDING, ({ page }, report: string) => {
		violations.push(`${page?.url() ?? '(unknown page)'}: ${report}`);
	});
	await context.addInitScript((binding: string) => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${JSON.stringify(event.sample)}`;
			(window as unknown as Record<string, (r: string) => void>)[binding](report);
		});
	}, CSP_BINDING);
	return violations;
}
