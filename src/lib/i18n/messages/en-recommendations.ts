/** English messages of the recommendations view; merged into the catalogue by en.ts. */
export const enRecommendations = {} as const satisfies Record<string, string>;
