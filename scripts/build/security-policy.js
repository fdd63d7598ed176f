// Plain JS with JSDoc types: svelte.config.js imports it without a TypeScript loader.

/**
 * The content security policy every page carries, as SvelteKit's `kit.csp`
 * directives. SvelteKit writes it into each prerendered page as a `<meta>`
 * policy and adds the SHA-256 of that page's inline bootstrap script to
 * script-src, so no other inline script runs.
 *
 * - script-src: 'wasm-unsafe-eval' lets DuckDB-WASM and parquet-wasm compile
 *   their WebAssembly; it does not allow eval() or new Function().
 * - worker-src: the DuckDB worker is started from a same-origin URL, never a
 *   blob:, so 'self' is enough.
 * - style-src 'unsafe-inline': Svelte writes `style` attributes into the
 *   prerendered HTML and Observable Plot appends a `<style>` element to every
 *   chart at run time, whose text cannot be hashed ahead of time. CSS cannot
 *   run script, and with every fetch directive limited to this origin an
 *   injected style cannot send anything to another host either.
 * - img-src data: blob: the briefing basket shows its slides from PNG data
 *   URLs kept in localStorage, and PNG export draws the chart's SVG from a
 *   blob: URL into a canvas. Both are made by the page itself.
 *
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['none']
};

/**
 * A source as it is written in a policy: keywords in single quotes, schemes such as `data:` bare.
 * @param {string} source
 */
export function quoteSource(source) {
	return source.endsWith(':') ? source : `'${source}'`;
}

/**
 * The policy a web server sends as a header with every response. It leaves out
 * default-src and script-src: a page's inline bootstrap script is allowed by
 * its hash in that page's `<meta>` policy, hashes differ per page, and a header
 * that falls back to script-src 'self' would block them (browsers enforce both
 * policies). The header adds frame-ancestors, which a `<meta>` policy cannot
 * carry, and applies the rest to responses without a `<meta>` of their own,
 * such as the DuckDB worker script, whose policy comes from its response.
 */
export const CSP_HEADER = [
	...Object.entries(CSP_DIRECTIVES)
		.filter(([name]) => name !== 'default-src' && name !== 'script-src')
		.map(
			([name, sources]) =>
				`${name} ${(sources ?? []).map(quoteSource).join(' ')}`
		),
	"frame-ancestors 'none'"
].join('; ');

/** Headers the local server and the documented production configurations send with every response. */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': CSP_HEADER,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};
