import { interpolateOrRd, interpolateViridis } from 'd3';
import type { GapMeasure } from '$lib/state/gaps-view.svelte';

/** Colour of a measure value in [0, 1]: viridis for G1 (higher is better), OrRd for G2 (higher is worse). */
export function measureColour(measure: GapMeasure, value: number): string {
	const v = Math.min(1, Math.max(0, value));
	return measure === 'g1' ? interpolateViridis(v) : interpolateOrRd(0.1 + 0.9 * v);
}

/** Black or white text, whichever reads better on the fill (WCAG relative luminance). */
export function inkOn(fill: string): string {
	const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
	const rgb = m
		? m.slice(1).map((h) => parseInt(h, 16))
		: (fill.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
	const [r, g, b] = rgb.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Stops of the measure's colour ramp, for a CSS gradient legend. */
export function rampGradient(measure: GapMeasure): string {
	const stops = Array.from({ length: 11 }, (_, i) => measureColour(measure, i / 10));
	return `linear-gradient(to right, ${stops.join(', ')})`;
}
