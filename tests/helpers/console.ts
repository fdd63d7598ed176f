import type { Page } from 'playwright-core';

/** The console's result table, as the cells print. */
export async function tableCells(page: Page): Promise<string[][]> {
	return page.$$eval('[data-result-table] tbody tr', (rows) =>
		rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''))
	);
}

/** Replaces the editor's text and runs it with Ctrl+Enter; resolves when that run has settled. */
export async function runInEditor(page: Page, sql: string): Promise<string> {
	const feedback = page.locator('[data-console-state]');
	const before = Number(await feedback.getAttribute('data-run'));
	const editor = page.locator('[data-sql-editor]');
	await editor.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(sql);
	await page.keyboard.press('Control+Enter');
	await page.waitForFunction(
		(n) => {
			const el = document.querySelector<HTMLElement>('[data-console-state]');
			return Number(el?.dataset.run) > n && el?.dataset.consoleState !== 'running';
		},
		before,
		{ timeout: 60_000 }
	);
	return (await feedback.getAttribute('data-console-state')) ?? '';
}
