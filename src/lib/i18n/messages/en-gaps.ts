/** English messages of the gaps view; merged into the catalogue by en.ts. */
export const enGaps = {} as const satisfies Record<string, string>;
