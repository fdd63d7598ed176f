import { loadManifest, openDatabase, type LoadProblem, type LoadTimings } from '$lib/db';
import type { ExtractManifest, Tier } from '$lib/schema';
import { extractVersion } from '$lib/hash/extract-version';
import { errorMessage, type LoadStatus, type StatusPart } from './status';

/**
 * The extract this browser has loaded: its manifest (tier, D, source), the
 * database's progress and the files that failed. One instance for the app;
 * nothing starts until `start()` is called in the browser.
 */
class AppData {
	manifest: ExtractManifest | null = $state.raw(null);
	/** The extract's short hash (extract-version.ts), once the manifest is in. */
	shortHash: string | null = $state(null);
	problems: readonly LoadProblem[] = $state.raw([]);
	timings: LoadTimings | null = $state.raw(null);
	manifestStatus: StatusPart = $state.raw({ status: 'loading', error: null });
	databaseStatus: StatusPart = $state.raw({ status: 'loading', error: null });
	/** Every table in or failed, so `problems` and `timings` are complete (tables load on demand). */
	tablesSettled = $state(false);

	/** The manifest's tier; before it arrives, the tier this build was made for. */
	readonly tier: Tier = $derived(this.manifest?.tier ?? __DASHBOARD_TIER__);
	readonly referenceDate: string | null = $derived(this.manifest?.referenceDate ?? null);
	readonly isDemo: boolean = $derived(this.manifest?.source === 'demo');
	readonly referenceYear: number | null = $derived(
		this.referenceDate ? Number(this.referenceDate.slice(0, 4)) : null
	);

	#started = false;

	/**
	 * The manifest the site was built with (the layout's load data), so D, the
	 * tier and the extract's hash are in the prerendered HTML; the engine
	 * fetches the same file when it loads.
	 */
	useManifest(manifest: ExtractManifest): void {
		if (this.manifest === manifest) return;
		this.manifest = manifest;
		this.manifestStatus = { status: 'ready', error: null };
		this.shortHash = extractVersion(manifest).shortHash;
	}

	start(): void {
		if (this.#started) return;
		this.#started = true;
		loadManifest().then(
			(manifest) => {
				if (this.manifest?.builtAt !== manifest.builtAt) this.useManifest(manifest);
			},
			(e) => (this.manifestStatus = { status: 'error', error: errorMessage(e) })
		);
		openDatabase().then(
			(db) => {
				this.databaseStatus = { status: 'ready', error: null };
				db.settled.then(
					() => {
						this.problems = [...db.problems];
						this.timings = db.timings;
						this.tablesSettled = true;
					},
					(e) => (this.databaseStatus = { status: 'error', error: errorMessage(e) })
				);
			},
			(e) => (this.databaseStatus = { status: 'error', error: errorMessage(e) })
		);
	}

	/**
	 * A figure still waiting when the engine failed fails with it; a figure
	 * that shows the build's rows keeps them (the page says the engine failed).
	 */
	gate(part: StatusPart): StatusPart {
		return this.databaseStatus.status === 'error' && part.status === 'loading'
			? this.databaseStatus
			: part;
	}

	/** The load problem of a table, if it failed. */
	problem(table: string): LoadProblem | undefined {
		return this.problems.find((p) => p.table === table);
	}
}

export const appData = new AppData();
export type { LoadStatus };
