import type { Page } from 'playwright-core';

/** What the page exposes while a brush is being timed (set by ARM_PROBE, read back once). */
interface BrushProbe {
	__linkedBrushMs?: Promise<{ startMs: number; totalMs: number }>;
}

/**
 * Runs in the page before the pointer is released: resolves
 * window.__linkedBrushMs with the time from the pointerup to the frame after
 * every [data-linked-chart] shows the section's new data-generation. Kept as
 * source text: tsx (which runs the benchmark) would wrap a function's inner
 * arrows in a __name() helper that does not exist in the page.
 */
const ARM_PROBE = `(() => {
	const root = document.querySelector('[data-linked]');
	if (!root) throw new Error('no [data-linked] section: open /explore?view=linked');
	const before = Number(root.dataset.generation);
	window.__linkedBrushMs = new Promise((resolve) => {
		let releasedAt = null;
		let observer = null;
		function check() {
			const generation = Number(root.dataset.generation);
			if (releasedAt === null || generation <= before) return;
			const charts = root.querySelectorAll('[data-linked-chart]');
			for (const chart of charts) if (Number(chart.dataset.generation) !== generation) return;
			observer.disconnect();
			const start = releasedAt;
			requestAnimationFrame(() => resolve({ startMs: start, totalMs: performance.now() - start }));
		}
		observer = new MutationObserver(check);
		observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['data-generation'] });
		window.addEventListener('pointerup', () => { releasedAt = performance.now(); check(); },
			{ capture: true, once: true });
	});
})()`;

/**
 * One brush on /explore's linked view (?view=linked, page ready): drags
 * across the year histogram over a range that depends on `i` (so
 * consecutive calls differ) and resolves with the milliseconds from the
 * pointer's release to the frame after every linked chart shows the new
 * selection generation (data-generation), and when the release was in the
 * page's clock. Timed inside the page, so the test driver's round trips are
 * not counted.
 *
 *   for (let i = 0; i < 20; i++) samples.push((await linkedBrush(page, i)).totalMs);
 */
export async function linkedBrush(
	page: Page,
	i: number
): Promise<{ startMs: number; totalMs: number }> {
	const plot = page.locator('[data-year-brush]');
	const box = await plot.boundingBox();
	if (!box)
		throw new Error('linkedBrush: the year histogram is not on the page (open ?view=linked).');
	const columns = await plot.locator('[data-category]').count();
	if (columns === 0) throw new Error('linkedBrush: the year histogram has no bars yet.');
	const { from, to } = brushRange(i, columns);
	const x = (k: number) => box.x + ((k + 0.5) * box.width) / columns;
	const y = box.y + box.height / 2;

	await page.evaluate(ARM_PROBE);
	await page.mouse.move(x(from), y);
	await page.mouse.down();
	await page.mouse.move(x(to), y, { steps: 3 });
	await page.mouse.up();
	return page.evaluate(
		() => (window as BrushProbe).__linkedBrushMs as Promise<{ startMs: number; totalMs: number }>
	);
}

/** Column indexes of brush `i`: a start and a width that both move with i, never the same twice running. */
export function brushRange(i: number, columns: number): { from: number; to: number } {
	const from = (i * 3) % columns;
	const width = 1 + ((i * 5) % Math.max(1, Math.floor(columns / 2)));
	return { from, to: Math.min(columns - 1, from + width) };
}
