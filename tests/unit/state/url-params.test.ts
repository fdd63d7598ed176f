import { describe, expect, it } from 'vitest';
import {
	choiceParam,
	defaultsOf,
	flagParam,
	hrefOf,
	integerParam,
	iso3ListParam,
	isoDateParam,
	keepSame,
	nonNegativeParam,
	readParams,
	textParam,
	writeParams,
	type UrlSchema
} from '../../../src/lib/state/url-params';

interface View {
	readonly q: string | null;
	readonly mode: 'a' | 'b' | 'c';
	readonly on: boolean;
	readonly size: number;
	readonly weight: number;
	readonly day: string | null;
	readonly codes: readonly string[];
}

const SCHEMA: UrlSchema<View> = {
	q: textParam('q'),
	mode: choiceParam('mode', ['a', 'b', 'c'], 'a'),
	on: flagParam('on'),
	size: integerParam('size', 1, 20, 10),
	weight: nonNegativeParam('w', 1),
	day: isoDateParam('day'),
	codes: iso3ListParam('codes')
};

const DEFAULTS: View = {
	q: null,
	mode: 'a',
	on: false,
	size: 10,
	weight: 1,
	day: null,
	codes: []
};

const read = (qs: string) => readParams(SCHEMA, new URLSearchParams(qs));

describe('URL view state', () => {
	it('reads the defaults from an empty query string and writes nothing for them', () => {
		expect(defaultsOf(SCHEMA)).toEqual(DEFAULTS);
		expect(read('')).toEqual(DEFAULTS);
		expect(writeParams(SCHEMA, DEFAULTS).toString()).toBe('');
	});

	it('round-trips a view that differs from the defaults in every field', () => {
		const view: View = {
			q: 'terror financing',
			mode: 'c',
			on: true,
			size: 3,
			weight: 0.5,
			day: '2024-02-29',
			codes: ['FRA', 'NGA']
		};
		const params = writeParams(SCHEMA, view);
		expect(params.toString()).toBe(
			'q=terror+financing&mode=c&on=1&size=3&w=0.5&day=2024-02-29&codes=FRA%2CNGA'
		);
		expect(readParams(SCHEMA, params)).toEqual(view);
	});

	it('leaves out the fields equal to their default, and removes them from the base', () => {
		const base = new URLSearchParams('mode=b&size=4&from=2020');
		const params = writeParams(SCHEMA, { ...DEFAULTS, size: 4, codes: [] }, base);
		expect(params.toString()).toBe('size=4&from=2020');
		// The base itself is not changed.
		expect(base.toString()).toBe('mode=b&size=4&from=2020');
	});

	it('keeps parameters outside the schema where they were', () => {
		const params = writeParams(
			SCHEMA,
			{ ...DEFAULTS, mode: 'b', q: 'x' },
			new URLSearchParams('region=Africa&mode=c&dim=area')
		);
		expect(params.toString()).toBe('region=Africa&mode=b&dim=area&q=x');
	});

	it('falls back to the default for each unreadable value', () => {
		expect(read('q=%20%20&mode=d&on=yes&size=21&w=-1&day=2023-02-29&codes=FR,12,')).toEqual(
			DEFAULTS
		);
		expect(read('size=2.5&w=x&day=2023-1-01')).toEqual(DEFAULTS);
		expect(read('size=0&w=Infinity&mode=A')).toEqual(DEFAULTS);
	});

	it('normalises what it can read', () => {
		expect(read('q=%20Africa%20&codes=fra,%20xx,nga&size=20&w=0')).toEqual({
			...DEFAULTS,
			q: 'Africa',
			codes: ['FRA', 'NGA'],
			size: 20,
			weight: 0
		});
	});

	it('never writes a value that would read back as another', () => {
		// An empty list or blank text is not a value: the parameter goes.
		expect(writeParams(SCHEMA, { ...DEFAULTS, q: '' }).toString()).toBe('');
		expect(writeParams(SCHEMA, { ...DEFAULTS, weight: 0 }).toString()).toBe('w=0');
	});

	it('keeps the last view, or each unchanged value, when the values are the same', () => {
		const last = read('codes=FRA&mode=b');
		const same = read('codes=FRA&mode=b&region=Africa');
		expect(same).not.toBe(last);
		expect(keepSame(SCHEMA, last, same)).toBe(last);

		const next = keepSame(SCHEMA, last, read('codes=FRA&mode=c'));
		expect(next).not.toBe(last);
		expect(next.mode).toBe('c');
		expect(next.codes).toBe(last.codes);
		expect(keepSame(SCHEMA, last, read('codes=FRA,NGA&mode=b')).codes).toEqual(['FRA', 'NGA']);
	});

	it('builds a link without a bare "?"', () => {
		expect(hrefOf('/gaps', new URLSearchParams())).toBe('/gaps');
		expect(hrefOf('/gaps', new URLSearchParams('rows=state'))).toBe('/gaps?rows=state');
	});
});
