import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateSource } from '../../../scripts/extracts';
import { removeTempDirs, tempDir } from './harness';
import { writeCsvSource, fixtureTables } from './fixture';

afterAll(removeTempDirs);

describe('the shipped reference data', () => {
	it('passes every rule of the schema', async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables());
		const result = await validateSource({
			source,
			reference: resolve(join(import.meta.dirname, '../../../data/reference'))
		});
		expect(result.problems).toEqual([]);
	});
});
