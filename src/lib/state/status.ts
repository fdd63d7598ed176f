/** Where a page or one of its parts stands; drives `<main data-state>`. */
export type LoadStatus = 'loading' | 'ready' | 'error';

export interface StatusPart {
	readonly status: LoadStatus;
	readonly error: string | null;
}

/** A page is in error if any part is, loading if any part is, otherwise ready. */
export function combineStatus(parts: readonly StatusPart[]): StatusPart {
	const errors = parts.filter((p) => p.status === 'error');
	if (errors.length > 0) {
		const messages = [...new Set(errors.map((p) => p.error ?? 'Unknown error'))];
		return { status: 'error', error: messages.join(' ') };
	}
	return {
		status: parts.some((p) => p.status === 'loading') ? 'loading' : 'ready',
		error: null
	};
}

export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
