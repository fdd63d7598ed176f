import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

interface AxeNode {
	target: unknown[];
	failureSummary?: string;
	html: string;
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: AxeNode[];
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (injected from node_modules, nothing fetched) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol: a <script> tag would be an inline script the site's CSP blocks.
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
			.axe;
		const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
			violations: AxeViolation[];
		};
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			helpUrl: v.helpUrl,
			nodes: v.nodes.map((n) => ({
				target: n.target,
				failureSummary: n.failureSummary,
				html: n.html
			}))
		}));
	});
}

/** One paragraph per violation, with up to five offending elements, for a failing assertion. */
export function formatViolations(violations: readonly AxeViolation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 5)
				.map((n) => `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}`)
				.join('\n');
			const more = v.nodes.length > 5 ? `\n    ... and ${v.nodes.length - 5} more` : '';
			const summary = v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '';
			return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n  ${summary}\n${nodes}${more}`;
		})
		.join('\n\n');
}
