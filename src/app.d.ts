// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	/** The tier this build was made for (DASHBOARD_TIER, default public). */
	const __DASHBOARD_TIER__: 'public' | 'un_system' | 'restricted';
}

export {};
