/**
 * Builds extracts from a large synthetic source and prints the timings:
 *   npx tsx tests/unit/extracts/scale-bench.ts [recommendations=1000000]
 * Shape of the demo generator's --scale 100: per recommendation 4 status rows
 * and 5 survey items; one assessment per 50 recommendations. KEEP_DIR=path
 * writes the source there and keeps it.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_V8_FLAGS, buildExtracts } from '../../../scripts/extracts';
import { relaunchWithV8Flags } from '../../../scripts/lib/v8-flags';
import { columnsOf, type FactName } from './fixture';

const STATES = ['BRA', 'DEU', 'FRA', 'KEN', 'PHL', 'USA'];
const AREAS = ['legislation', 'cft', 'law_enforcement', 'border_control', 'ict', 'ftf'];
const LEVELS = ['public', 'un_system', 'restricted', ''];
const STATUSES = ['not_started', 'in_progress', 'partially_implemented', 'implemented'];

function writer(
	dir: string,
	name: FactName
): { row: (cells: string[]) => void; close: () => void } {
	const fd = openSync(join(dir, `${name}.csv`), 'w');
	let buffer = `${columnsOf(name).join(',')}\n`;
	return {
		row(cells) {
			buffer += `${cells.join(',')}\n`;
			if (buffer.length > 1 << 20) {
				writeSync(fd, buffer);
				buffer = '';
			}
		},
		close() {
			writeSync(fd, buffer);
			closeSync(fd);
		}
	};
}

const day = (n: number): string =>
	new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function writeSource(dir: string, recs: number): void {
	const assessments = Math.max(1, Math.floor(recs / 50));
	const a = writer(dir, 'assessments');
	for (let i = 0; i < assessments; i++) {
		const start = i % 3000;
		a.row([
			`A${i}`,
			STATES[i % 6],
			i % 7 === 0 && i > 0 ? 'follow_up' : 'comprehensive',
			'in_person',
			i % 7 === 0 && i > 0 ? `A${i - 1}` : '',
			day(start),
			day(start + 4),
			day(start + 90),
			'',
			'unodc;interpol',
			'true',
			'false',
			'2',
			'5',
			'no',
			'true',
			'false',
			LEVELS[i % 4]
		]);
	}
	a.close();
	const r = writer(dir, 'recommendations');
	const s = writer(dir, 'recommendation_status');
	const t = writer(dir, 'technical_assistance');
	for (let i = 0; i < recs; i++) {
		const ai = Math.floor(i / 50);
		const issued = day((ai % 3000) + 90);
		r.row([
			`R${i}`,
			`A${ai}`,
			STATES[ai % 6],
			AREAS[i % 6],
			'1373',
			'standard',
			'true',
			'none',
			'false',
			'false',
			issued,
			`"Recommendation ${i}: strengthen, in law and practice, the ""framework"""`,
			LEVELS[i % 4]
		]);
		for (let k = 0; k < 4; k++) {
			s.row([
				`R${i}`,
				day((ai % 3000) + 120 + k * 200),
				STATUSES[k],
				'state_report',
				LEVELS[(i + k) % 4]
			]);
		}
		if (i % 5 === 0) {
			t.row([
				`T${i}`,
				STATES[ai % 6],
				`R${i}`,
				AREAS[i % 6],
				'unodc',
				'planned',
				day(4000),
				day(4100),
				'1',
				'false',
				'public'
			]);
		}
	}
	r.close();
	s.close();
	t.close();
	const q = writer(dir, 'survey_items');
	for (let i = 0; i < recs * 5; i++) {
		q.row([
			STATES[i % 6],
			'oia',
			`E${Math.floor(i / 6000)}`,
			day(i % 3000),
			AREAS[i % 6],
			`q${Math.floor(i / 6) % 1000}`,
			'partial',
			LEVELS[i % 4]
		]);
	}
	q.close();
	const e = writer(dir, 'engagements');
	for (let i = 0; i < recs / 20; i++) {
		e.row([
			`E${i}`,
			day(i % 3000),
			'workshop',
			STATES[i % 6],
			`A${i % assessments}`,
			'true',
			'false',
			'true',
			'30',
			'12',
			LEVELS[i % 4]
		]);
	}
	e.close();
	const v = writer(dir, 'visit_plan');
	for (let y = 2005; y < 2100; y++)
		for (const iso3 of STATES) v.row([String(y), iso3, 'true', 'granted', 'true', 'public']);
	v.close();
}

relaunchWithV8Flags(BUILD_V8_FLAGS);
const recs = Number(process.argv[2] ?? 1_000_000);
const dir = process.env.KEEP_DIR ?? mkdtempSync(join(tmpdir(), 'extracts-scale-'));
try {
	let t0 = Date.now();
	writeSource(dir, recs);
	const bytes = ['recommendations', 'recommendation_status', 'survey_items'].reduce(
		(sum, n) => sum + statSync(join(dir, `${n}.csv`)).size,
		0
	);
	console.log(
		`source written in ${Date.now() - t0} ms (${(bytes / 1e6).toFixed(0)} MB in the 3 big files)`
	);
	t0 = Date.now();
	const report = await buildExtracts({
		source: dir,
		out: join(dir, 'out'),
		reference: join(import.meta.dirname, 'fixtures', 'reference')
	});
	if (!report.ok)
		throw new Error(
			`${report.problemCount} problems, first: ${JSON.stringify(report.problems[0])}`
		);
	console.log(`built in ${Date.now() - t0} ms`, report.timings, report.rowCounts);
	console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
	if (!process.env.KEEP_DIR) rmSync(dir, { recursive: true, force: true });
}
