/** The same calendar date `years` earlier (29 Feb falls back to 28 Feb). */
export function yearsBefore(iso: string, years: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const day = Math.min(d, new Date(Date.UTC(y - years, m, 0)).getUTCDate());
	const pad = (n: number, w: number) => String(n).padStart(w, '0');
	return `${pad(y - years, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
}
