/** English messages of the cross-cutting view; merged into the catalogue by en.ts. */
export const enCrossCutting = {} as const satisfies Record<string, string>;
