/**
 * Console queries the reader ran, newest first, kept in localStorage under a
 * key of the tier and extract (extractStorageKey), so a build of another tier
 * on the same origin never lists them.
 */

export const HISTORY_KEY = 'ctc-dashboard.explore.history';
export const HISTORY_LIMIT = 50;

export interface HistoryEntry {
	readonly sql: string;
	/** ISO timestamp of the run. */
	readonly at: string;
}

/** The stored history; anything unreadable (another version, edited by hand) is an empty history. */
export function readHistory(storage: Pick<Storage, 'getItem'>, key: string): HistoryEntry[] {
	try {
		const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(
				(e): e is HistoryEntry =>
					typeof e === 'object' &&
					e !== null &&
					typeof e.sql === 'string' &&
					typeof e.at === 'string'
			)
			.slice(0, HISTORY_LIMIT);
	} catch {
		return [];
	}
}

/** Adds `sql` at the top (a repeat moves up instead of appearing twice) and keeps the newest HISTORY_LIMIT. */
export function withEntry(
	history: readonly HistoryEntry[],
	sql: string,
	at: string
): HistoryEntry[] {
	const text = sql.trim();
	return [{ sql: text, at }, ...history.filter((e) => e.sql !== text)].slice(0, HISTORY_LIMIT);
}

/** The time of a run, for the history list. */
export function runTimestamp(): string {
	return new Date().toISOString();
}

export function writeHistory(
	storage: Pick<Storage, 'setItem'>,
	key: string,
	history: readonly HistoryEntry[]
): void {
	try {
		storage.setItem(key, JSON.stringify(history));
	} catch {
		// A full or disabled storage loses the history, not the query.
	}
}
