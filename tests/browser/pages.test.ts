import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { expectCleanPage } from '../helpers/page-checks';
import { NAV_PAGES } from '../helpers/routes';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
	site = await openSite(BUILD_DIR);
});
afterAll(async () => site?.close());

test.each(NAV_PAGES)('%s loads ready, offline, without errors or axe violations', async (path) => {
	const { page, watch, state } = await visit(site, path);
	try {
		expect(state, `${path} settled on error:\n${await pageText(page)}`).toBe('ready');
		const name = path === '/' ? 'page-home' : `page${path.replaceAll('/', '-')}`;
		await screenshot(page, name);
		await expectCleanPage(page, watch, path);
	} finally {
		await page.close();
	}
});
