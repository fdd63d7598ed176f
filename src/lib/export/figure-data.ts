/**
 * The rows a figure or table displays, as it hands them to its export menu.
 * Where it shows rates, the rows carry the numerator and the denominator (not
 * only the rate), so a reader can recompute every value. `labels` says what
 * each column means; it goes into the XLSX notes sheet.
 */
export interface FigureData {
	readonly columns: readonly string[];
	readonly rows: readonly object[];
	readonly labels?: Readonly<Record<string, string>>;
}
