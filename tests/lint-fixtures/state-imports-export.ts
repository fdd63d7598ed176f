// Expected to fail lint: tests/unit/lint/layers.test.ts lints this text as a
// module of src/lib/state, and state must not import the export layer.
import { rowsToCsv } from '$lib/export/csv';

export const toCsv = rowsToCsv;
