/** Every page of the navigation (issue 2, app shell); shared links depend on these paths. */
export const NAV_PAGES = [
	'/',
	'/gaps',
	'/recommendations',
	'/cross-cutting',
	'/visits',
	'/states',
	'/states/FRA',
	'/explore',
	'/report/2025',
	'/data',
	'/briefing'
] as const;
