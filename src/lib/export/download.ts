/** Saves a Blob under `filename` through a temporary link (no server involved). */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A title as a file-name stem: "Visits by year" -> "visits-by-year". */
export function exportSlug(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return slug || 'figure';
}

/** A file name from a title and the extract's date: "visits-by-year_2026-04-30.svg". */
export function exportFilename(title: string, referenceDate: string | null, ext: string): string {
	return `${exportSlug(title)}${referenceDate ? `_${referenceDate}` : ''}.${ext}`;
}
