/** The numbers of the book's figures and tables, in reading order (the contents list and captions share them). */
export const FIGURE_NUMBER = { visits: 1, turnaround: 2, implementation: 3, trend: 4 } as const;
export const TABLE_NUMBER = {
	coverage: 1,
	followup: 2,
	gaps: 3,
	gender: 4,
	children: 5,
	humanRights: 6
} as const;
