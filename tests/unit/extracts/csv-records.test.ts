import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvRecords, type RawRecord } from '../../../scripts/extracts/csv-records';
import { removeTempDirs, tempDir } from './harness';

afterAll(removeTempDirs);

async function records(text: string | Buffer, chunkSize?: number): Promise<RawRecord[]> {
	const path = join(tempDir('csv-'), 'file.csv');
	writeFileSync(path, text);
	const found: RawRecord[] = [];
	await readCsvRecords(path, (r) => found.push(r), chunkSize);
	return found;
}

const shape = (rs: RawRecord[]): [number, number, readonly string[], string | undefined][] =>
	rs.map((r) => [r.row, r.line, r.cells, r.issue]);

describe('readCsvRecords', () => {
	it('reads quoted commas, doubled quotes and line breaks, with rows and starting lines', async () => {
		const text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,"é"\n';
		expect(shape(await records(text))).toEqual([
			[1, 1, ['a', 'b'], undefined],
			[2, 2, ['x, y', 'say "hi"'], undefined],
			[3, 3, ['two\nlines', 'z'], undefined],
			[4, 5, [''], undefined],
			[5, 6, ['last', 'é'], undefined]
		]);
	});

	it('strips a byte-order mark and accepts CRLF, also inside quoted cells', async () => {
		const text = '\uFEFFa,b\r\n"1\r\n2",3\r\n4,5';
		expect(shape(await records(text))).toEqual([
			[1, 1, ['a', 'b'], undefined],
			[2, 2, ['1\n2', '3'], undefined],
			[3, 4, ['4', '5'], undefined]
		]);
	});

	it('reports an unclosed quote and text after a closing quote', async () => {
		expect(shape(await records('a,b\n"x"y,2\n"open,3\n'))).toEqual([
			[1, 1, ['a', 'b'], undefined],
			[2, 2, ['xy', '2'], 'unexpected text after the closing quote of a cell'],
			[3, 3, ['open,3\n'], 'a quoted cell is not closed before the end of the file']
		]);
	});

	it('gives the same records whatever the chunk boundaries', async () => {
		const cell = fc.oneof(
			fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', ' ', ',', '"', '\n', '\r\n') }),
			fc.constantFrom('', 'x')
		);
		const quote = (c: string): string => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
				fc.constantFrom('\n', '\r\n'),
				fc.integer({ min: 1, max: 9 }),
				async (rows, eol, chunkSize) => {
					const text = '\uFEFF' + rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
					const whole = await records(text);
					expect(shape(await records(text, chunkSize))).toEqual(shape(whole));
					expect(whole.map((r) => r.cells)).toEqual(
						rows.map((r) => r.map((c) => c.replaceAll('\r\n', '\n')))
					);
				}
			),
			{ numRuns: 60 }
		);
	});
});
