import { openConsoleSession, type ConsoleResult, type ConsoleSession } from '$lib/db';
import { guardConsoleSql, type RefusalKind } from '$lib/queries/explore-sql-guard';
import {
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
 * reaches DuckDB, runs on the console's own connection and can be cancelled.
 * A cancelled run's connection is dropped, so a query that ignores the
 * cancel cannot block the next one.
 */
export class ConsoleState {
	status: ConsoleStatus = $state('idle');
	result: ConsoleResult | null = $state.raw(null);
	error: string | null = $state(null);
	refusal: { readonly kind: RefusalKind; readonly detail: string } | null = $state.raw(null);
	history: readonly HistoryEntry[] = $state.raw([]);
	/** Counts runs; shown on the page so a test can wait for its own run to finish. */
	runs = $state(0);
	#session: Promise<ConsoleSession> | null = null;

	loadHistory(): void {
		this.history = readHistory(localStorage);
	}

	clearHistory(): void {
		this.history = [];
		writeHistory(localStorage, []);
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
		writeHistory(localStorage, this.history);
		try {
			this.#session ??= openConsoleSession();
			const result = await (await this.#session).run(guarded.sql, RESULT_ROW_CAP);
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
		await (await session)?.cancel();
	}
}
