import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, formatViolations } from './axe';
import { outsideRequests, type PageWatch } from './page-watch';

/**
 * The checks every page must pass: nothing requested outside 127.0.0.1, no
 * console error, no uncaught exception, no axe violation. Soft assertions, so
 * one run reports every kind of failure of a page at once.
 */
export async function expectCleanPage(page: Page, watch: PageWatch, label: string): Promise<void> {
	expect.soft(outsideRequests(watch), `${label}: requests that left 127.0.0.1`).toEqual([]);
	expect.soft(watch.consoleErrors, `${label}: console errors`).toEqual([]);
	expect.soft(watch.pageErrors, `${label}: uncaught exceptions`).toEqual([]);
	const violations = await axeViolations(page);
	expect
		.soft(violations.length, `${label}: axe violations\n\n${formatViolations(violations)}\n`)
		.toBe(0);
	// The request log must have seen the page itself, or the watch was not attached.
	expect(watch.requests.length, `${label}: no request was recorded at all`).toBeGreaterThan(0);
}
