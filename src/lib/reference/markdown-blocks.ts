/**
 * A small reader for the project's own Markdown notes (PROVENANCE.md): headings,
 * paragraphs, bullet lists and pipe tables, with `code` spans. Views render the
 * blocks as text, never as HTML.
 */
export type Inline = { readonly code: boolean; readonly text: string };
export type Block =
	| { readonly kind: 'heading'; readonly level: number; readonly text: Inline[] }
	| { readonly kind: 'paragraph'; readonly text: Inline[] }
	| { readonly kind: 'list'; readonly items: Inline[][] }
	| { readonly kind: 'table'; readonly header: Inline[][]; readonly rows: Inline[][][] };

export function inlines(text: string): Inline[] {
	return text
		.split('`')
		.map((part, i) => ({ code: i % 2 === 1, text: part }))
		.filter((part) => part.text !== '');
}

function cells(line: string): Inline[][] {
	return line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((cell) => inlines(cell.trim()));
}

export function markdownBlocks(source: string): Block[] {
	const blocks: Block[] = [];
	const chunks = source.replace(/\r\n/g, '\n').split(/\n{2,}/);
	for (const chunk of chunks) {
		const lines = chunk.split('\n').filter((l) => l.trim() !== '');
		if (lines.length === 0) continue;
		const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
		if (heading && lines.length === 1) {
			blocks.push({ kind: 'heading', level: heading[1].length, text: inlines(heading[2]) });
		} else if (lines.every((l) => l.trim().startsWith('|'))) {
			const rows = lines.filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l)).map(cells);
			blocks.push({ kind: 'table', header: rows[0] ?? [], rows: rows.slice(1) });
		} else if (lines.every((l) => /^\s*[-*]\s/.test(l))) {
			blocks.push({ kind: 'list', items: lines.map((l) => inlines(l.replace(/^\s*[-*]\s+/, ''))) });
		} else {
			blocks.push({ kind: 'paragraph', text: inlines(lines.join(' ')) });
		}
	}
	return blocks;
}
