import { precompressedStatic } from './scripts/build/precompressed-static.js';
import { CSP_DIRECTIVES } from './scripts/build/security-policy.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// adapter-static, precompressed (.br/.gz) by our wrapper so wasm builds take seconds.
		adapter: precompressedStatic({ pages: 'build', fallback: '404.html', strict: true }),
		// Prerendered pages get the policy as a <meta> with hashes of their inline scripts.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		prerender: {
			// /states/[iso3] pages are reached through links from /states; report years too.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
