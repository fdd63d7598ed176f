import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../scripts/build/security-policy.js';
import { ROOT } from '../../../scripts/e2e/paths';

const conf = readFileSync(join(ROOT, 'scripts/serve/nginx.conf'), 'utf8');

it('the nginx site settings send exactly the security headers of the local server', () => {
	const headers = Object.fromEntries(
		[...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]])
	);
	expect(headers).toEqual(SECURITY_HEADERS);
});

it('the README shows the nginx site settings as they are in the file the test serves with', () => {
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	expect(readme).toContain('```nginx\n' + conf.trim() + '\n```');
});
