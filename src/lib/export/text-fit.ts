/** Width in pixels of `text` set in one font (a canvas measurer in the browser, an estimate in Node). */
export type MeasureText = (text: string) => number;

/** A font of the export layout: size in px and weight. */
export interface ExportFont {
	readonly size: number;
	readonly weight: 400 | 600 | 700;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as `measure` reports it.
 * Words longer than a line are cut where they overflow, so no line is ever
 * wider than the box (a long URL in a source line must not run off the slide).
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = current ? `${current} ${word}` : word;
		if (measure(candidate) <= maxWidth) {
			current = candidate;
			continue;
		}
		if (current) lines.push(current);
		current = '';
		let rest = word;
		while (measure(rest) > maxWidth && rest.length > 1) {
			let cut = rest.length - 1;
			while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		current = rest;
	}
	if (current) lines.push(current);
	return lines;
}

/**
 * Keeps at most `maxLines` lines; the last kept line ends in an ellipsis that
 * still fits. Used only where space is fixed (a slide), never for the marking.
 */
export function clampLines(
	lines: readonly string[],
	maxLines: number,
	maxWidth: number,
	measure: MeasureText
): string[] {
	if (lines.length <= maxLines) return [...lines];
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]}…`;
	while (measure(last) > maxWidth && last.length > 1) last = `${last.slice(0, -2)}…`;
	kept[maxLines - 1] = last;
	return kept;
}

/**
 * A conservative width estimate for Source Sans 3 when no canvas is at hand
 * (Node tests, server rendering): its average advance is about 0.5 em, bold
 * about 0.54 em; 0.56 and 0.6 leave room, so estimated lines never overflow.
 */
export function estimateMeasure(font: ExportFont): MeasureText {
	const em = font.weight >= 600 ? 0.6 : 0.56;
	return (text) => text.length * font.size * em;
}
