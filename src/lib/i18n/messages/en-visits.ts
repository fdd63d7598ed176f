/** English messages of the visits view; merged into the catalogue by en.ts. */
export const enVisits = {} as const satisfies Record<string, string>;
