// Every page is prerendered to static HTML; data arrives in the browser (ARCHITECTURE.md).
export const prerender = true;
