/**
 * `tsx scripts/e2e/overflow-report.ts /path [/path...]`: opens each page of the
 * built site at 1440 px and lists the elements that stick out of the viewport,
 * the usual cause of a horizontal scrollbar. A diagnostic for layout work.
 */
import { launchBrowser } from './chromium';
import { BUILD_DIR } from './paths';
import { startServer } from '../serve/server';

const paths = process.argv.slice(2);
const server = await startServer({ dir: BUILD_DIR, port: 0 });
const browser = await launchBrowser();
try {
	for (const path of paths.length ? paths : ['/']) {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(server.url + path);
		await page.waitForSelector('main[data-state="ready"], main[data-state="error"]', {
			timeout: 120_000
		});
		const report = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const out: string[] = [`scrollWidth ${document.documentElement.scrollWidth} / ${width}`];
			for (const el of document.querySelectorAll('main *')) {
				const r = el.getBoundingClientRect();
				const parent = el.parentElement?.getBoundingClientRect();
				if (r.right > width + 1 && (!parent || parent.right <= width + 1)) {
					const cls = typeof el.className === 'string' ? el.className : '';
					const where =
						el.closest('[data-figure]')?.getAttribute('data-figure') ??
						el.closest('section')?.querySelector('h2, h3')?.textContent ??
						'';
					out.push(
						`${el.tagName.toLowerCase()}.${cls} in "${where}" right=${Math.round(r.right)} ` +
							`w=${Math.round(r.width)} parent w=${Math.round(parent?.width ?? 0)}`
					);
				}
			}
			return out;
		});
		console.log(path, '\n  ' + report.join('\n  '));
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
