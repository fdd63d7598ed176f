import type PptxGenJS from 'pptxgenjs';
import type { Tier } from '../schema';
import type { BriefingSlide } from '../state/briefing-basket';
import { MARKING_COLOURS } from './marking';

/** The deck's own text, in the user's language. */
export interface DeckText {
	readonly title: string;
	readonly subtitle: string;
	/** "Prepared 28 Nov 2026. Extract of 29 Oct 2026, version 1a2b3c4d." */
	readonly dateLine: string;
	readonly sourcesTitle: string;
	/** The marking of the deck: the build's tier (every slide carries it). */
	readonly marking: string;
	readonly tier: Tier;
	readonly notesLabels: { readonly definition: string; readonly filters: string };
}

/** Slide geometry in inches (LAYOUT_WIDE, 13.33 x 7.5); the image box has the slide image's 1920:786 shape. */
const W = 13.333;
const STRIP = 0.38;
const MARGIN = 0.5;
const IMAGE = { x: MARGIN, y: 1.25, w: W - 2 * MARGIN, h: (W - 2 * MARGIN) * (786 / 1920) };
/** Projected, text under about 14 pt is not read from the back of a room: no text on a slide is smaller. */
const SMALLEST = 14;
/** A font every PowerPoint has; the chart images carry the dashboard's own font. */
const FONT = 'Arial';
const INK = '1A1A1A';
const MUTED = '4D4D4D';

type Slide = ReturnType<PptxGenJS['addSlide']>;

function markingStrips(slide: Slide, text: string, tier: Tier): void {
	const colours = MARKING_COLOURS[tier];
	for (const y of [0, 7.5 - STRIP]) {
		slide.addText(text, {
			x: 0,
			y,
			w: W,
			h: STRIP,
			align: 'center',
			valign: 'middle',
			bold: true,
			fontFace: FONT,
			fontSize: SMALLEST,
			charSpacing: 1,
			color: colours.text.slice(1),
			fill: { color: colours.background.slice(1) },
			margin: 0
		});
	}
}

/**
 * The briefing deck: a title slide with date and marking, one slide per
 * chart (title, image, source line, marking; definition and filters in the
 * speaker notes) and a closing slide listing the sources. `Pptx` is the
 * pptxgenjs constructor, passed in so the page loads it only on demand and
 * tests can run it in Node.
 */
export function buildBriefingDeck(
	Pptx: typeof PptxGenJS,
	slides: readonly BriefingSlide[],
	text: DeckText
): PptxGenJS {
	const deck = new Pptx();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = text.title;
	deck.subject = text.marking;

	const cover = deck.addSlide();
	markingStrips(cover, text.marking, text.tier);
	cover.addText(text.title, {
		...{ x: MARGIN, y: 2.3, w: W - 2 * MARGIN, h: 1.2 },
		...{ fontFace: FONT, fontSize: 40, bold: true, color: INK }
	});
	cover.addText(text.subtitle, {
		...{ x: MARGIN, y: 3.5, w: W - 2 * MARGIN, h: 0.7 },
		...{ fontFace: FONT, fontSize: 22, color: MUTED }
	});
	cover.addText(`${text.dateLine}\n${text.marking}`, {
		...{ x: MARGIN, y: 4.4, w: W - 2 * MARGIN, h: 1 },
		...{ fontFace: FONT, fontSize: 16, color: INK, valign: 'top' }
	});

	for (const s of slides) {
		const slide = deck.addSlide();
		markingStrips(slide, s.marking, s.tier);
		slide.addText(s.title, {
			...{ x: MARGIN, y: STRIP + 0.1, w: W - 2 * MARGIN, h: 0.75 },
			...{ fontFace: FONT, fontSize: 24, bold: true, color: INK, fit: 'shrink', valign: 'middle' }
		});
		slide.addImage({
			data: s.image.replace(/^data:/, ''),
			...IMAGE,
			altText: `${s.title}. ${s.filters}`
		});
		slide.addText(`${s.source} ${s.stamp}`, {
			...{ x: MARGIN, y: IMAGE.y + IMAGE.h + 0.08, w: W - 2 * MARGIN, h: 0.6 },
			...{ fontFace: FONT, fontSize: SMALLEST, color: MUTED, fit: 'shrink', valign: 'top' }
		});
		slide.addNotes(
			[
				`${text.notesLabels.definition} ${s.definition}`,
				`${text.notesLabels.filters} ${s.filters}`,
				`${s.source} ${s.stamp}`
			].join('\n')
		);
	}

	const closing = deck.addSlide();
	markingStrips(closing, text.marking, text.tier);
	closing.addText(text.sourcesTitle, {
		...{ x: MARGIN, y: STRIP + 0.2, w: W - 2 * MARGIN, h: 0.8 },
		...{ fontFace: FONT, fontSize: 28, bold: true, color: INK }
	});
	const sources = [...new Set(slides.map((s) => `${s.source} ${s.stamp}`))];
	closing.addText(
		sources.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
		{
			...{ x: MARGIN, y: 1.4, w: W - 2 * MARGIN, h: 5.4 },
			...{ fontFace: FONT, fontSize: SMALLEST, color: INK, valign: 'top', fit: 'shrink' }
		}
	);
	return deck;
}

/** The deck as a file; pptxgenjs is loaded only when someone exports. */
export async function briefingPptxBlob(
	slides: readonly BriefingSlide[],
	text: DeckText
): Promise<Blob> {
	const { default: Pptx } = await import('pptxgenjs');
	const deck = buildBriefingDeck(Pptx, slides, text);
	return (await deck.write({ outputType: 'blob' })) as Blob;
}
