/** Parses RFC 4180 CSV text (quoted fields, doubled quotes, CRLF, BOM) into records keyed by header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const src = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < src.length; i++) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (cell !== '' || row.length > 0) rows.push([...row, cell]);
	const [header = [], ...records] = rows.filter((r) => r.some((c) => c !== ''));
	return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
