import { openConsoleSession, type ConsoleResult, type ConsoleSession } from '$lib/db';
import { extractStorageKey } from '$lib/hash/extract-version';
import { guardConsoleSql, type RefusalKind } from '$lib/queries/explore-sql-guard';
import { appData } from './app-data.svelte';
import {
	HISTORY_KEY,
	readHistory,
	runTimestamp,
	withEntry,
	writeHistory,
	type HistoryEntry
} from './explore-history';
import { errorMessage } from './status';

/** Rows kept of one result: enough to read and download, not enough to exhaust the tab. */
export const RESULT_ROW_CAP = 10_000;

export type ConsoleStatus = 'idle' | 'running' | 'done' | 'error' | 'refused' | 'cancelled';

/**
 * The SQL console: the statement is checked (explore-sql-guard) before it
 * reaches DuckDB, for a clear refusal, and runs on the console's own DuckDB
 * instance (src/lib/db/console.ts), which the pages never read; it can be
 * cancelled.
 */
export class ConsoleState {
	status: ConsoleStatus = $state('idle');
	result: ConsoleResult | null = $state.raw(null);
	error: string | null = $state(null);
	refusal: { readonly kind: RefusalKind; readonly detail: string } | null = $state.raw(null);
	history: readonly HistoryEntry[] = $state.raw([]);
	/** Counts runs; shown on the page so a test can wait for its own run to finish. */
	runs = $state(0);
	#session: ConsoleSession | null = null;

	/** Null until the manifest is in: no history is read or kept without its tier and extract. */
	get #historyKey(): string | null {
		return appData.manifest ? extractStorageKey(HISTORY_KEY, appData.manifest) : null;
	}

	/**
	 * Starts the console's engine ahead of the first run, so a typed query
	 * need not wait for it; it still waits for the pages' engine first.
	 */
	prepare(): void {
		openConsoleSession().catch(() => undefined);
	}

	loadHistory(): void {
		const key = this.#historyKey;
		this.history = key ? readHistory(localStorage, key) : [];
	}

	clearHistory(): void {
		this.history = [];
		const key = this.#historyKey;
		if (key) writeHistory(localStorage, key, []);
	}

	async run(text: string): Promise<void> {
		if (this.status === 'running') return;
		const run = ++this.runs;
		this.result = null;
		this.error = null;
		const guarded = guardConsoleSql(text);
		if (!guarded.ok) {
			this.refusal = { kind: guarded.kind, detail: guarded.detail };
			this.status = 'refused';
			return;
		}
		this.refusal = null;
		this.status = 'running';
		this.history = withEntry(this.history, text, runTimestamp());
		const key = this.#historyKey;
		if (key) writeHistory(localStorage, key, this.history);
		try {
			const session = await openConsoleSession();
			if (run !== this.runs || this.status !== 'running') return;
			this.#session = session;
			const result = await session.run(guarded.sql, RESULT_ROW_CAP);
			if (run !== this.runs || this.status !== 'running') return;
			this.result = result;
			this.status = 'done';
		} catch (e) {
			if (run !== this.runs || this.status !== 'running') return;
			this.error = errorMessage(e);
			this.status = 'error';
		}
	}

	async cancel(): Promise<void> {
		if (this.status !== 'running') return;
		const session = this.#session;
		this.#session = null;
		this.status = 'cancelled';
		await session?.cancel();
	}
}
