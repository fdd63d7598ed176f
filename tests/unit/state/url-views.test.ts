import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { DEFAULT_RISK_WEIGHTS } from '../../../src/lib/queries/risk';
import { CROSS_CUTTING_URL } from '../../../src/lib/state/cross-cutting-url';
import { EXPLORE_URL, SELECTION_URL } from '../../../src/lib/state/explore-url';
import { NO_SELECTION } from '../../../src/lib/queries/explore-linked';
import { FILTER_URL } from '../../../src/lib/state/filters-url';
import { GAP_DISPLAY_URL, GAP_FILTER_URL } from '../../../src/lib/state/gaps-url';
import { REC_OPENED_URL, REC_TABLE_URL, REC_URL } from '../../../src/lib/state/recommendations-url';
import { sortDir, STATES_INDEX_URL } from '../../../src/lib/state/states-index-url';
import {
	readParams,
	refusedParams,
	writeParams,
	type UrlSchema
} from '../../../src/lib/state/url-params';
import { RISK_LIST_URL, RISK_WEIGHTS_URL } from '../../../src/lib/state/visits-risk-url';

/**
 * Each view's parameters as shared links write them: the query string a view
 * gives, and the view that query string reads back. The texts are public.
 */
function roundTrip<V>(schema: UrlSchema<V>, view: NoInfer<V>, qs: string): void {
	expect(writeParams(schema, view).toString()).toBe(qs);
	expect(readParams(schema, new URLSearchParams(qs))).toEqual(view);
}

const read = <V>(schema: UrlSchema<V>, qs: string) => readParams(schema, new URLSearchParams(qs));

describe('view parameters in the URL', () => {
	it('global filters', () => {
		roundTrip(
			FILTER_URL,
			{
				yearFrom: 2018,
				yearTo: 2022,
				region: 'Africa',
				subRegion: 'Western Africa',
				unGroup: 'Western European and Others Group',
				areas: ['cft', 'ftf'],
				priority: 'priority',
				resolution: '2178'
			},
			'from=2018&to=2022&region=Africa&subregion=Western+Africa&group=Western+European+and+Others+Group&area=cft&area=ftf&priority=priority&resolution=2178'
		);
		expect(read(FILTER_URL, 'from=18&to=2022x&region=&dim=area')).toEqual(NO_FILTERS);
	});

	it('sub-region: every M49 sub-region and intermediate region of the Member States, nothing else', () => {
		// An intermediate region, and the sub-region that holds it, are both choices.
		roundTrip(
			FILTER_URL,
			{ ...NO_FILTERS, subRegion: 'Sub-Saharan Africa' },
			'subregion=Sub-Saharan+Africa'
		);
		roundTrip(FILTER_URL, { ...NO_FILTERS, subRegion: 'Central Asia' }, 'subregion=Central+Asia');
		expect(read(FILTER_URL, 'subregion=Western%20Africa').subRegion).toBe('Western Africa');
		// Unknown, a region rather than a sub-region, or a different case: all, and reported.
		for (const qs of ['subregion=Atlantis', 'subregion=Africa', 'subregion=western+africa']) {
			expect(read(FILTER_URL, qs)).toEqual(NO_FILTERS);
			expect(refusedParams(FILTER_URL, new URLSearchParams(qs))).toEqual(['subregion']);
		}
		expect(
			refusedParams(FILTER_URL, new URLSearchParams('subregion=Central+Asia&from=2018'))
		).toEqual([]);
		expect(refusedParams(FILTER_URL, new URLSearchParams('subregion=&from=18'))).toEqual(['from']);
	});

	it('area, priority, resolution: a second area means either; any unknown value falls back to all', () => {
		roundTrip(FILTER_URL, { ...NO_FILTERS, areas: ['cft'] }, 'area=cft');
		// Kept in the reference table's order, whatever order the link gives, and once each.
		expect(read(FILTER_URL, 'area=ftf&area=cft&area=ftf').areas).toEqual(['cft', 'ftf']);
		expect(read(FILTER_URL, 'area=ftf,cft').areas).toEqual(['cft', 'ftf']);
		expect(
			writeParams(FILTER_URL, { ...NO_FILTERS, areas: ['cft', 'ftf'] }).getAll('area')
		).toEqual(['cft', 'ftf']);
		roundTrip(FILTER_URL, { ...NO_FILTERS, priority: 'standard' }, 'priority=standard');
		roundTrip(FILTER_URL, { ...NO_FILTERS, resolution: 'other' }, 'resolution=other');
		const refused: [string, string][] = [
			['area=cft&area=atlantis', 'area'],
			['area=CFT', 'area'],
			['priority=high', 'priority'],
			['resolution=2396', 'resolution'],
			['region=Atlantis', 'region'],
			['group=WEOG', 'group']
		];
		for (const [qs, name] of refused) {
			expect(read(FILTER_URL, qs), qs).toEqual(NO_FILTERS);
			expect(refusedParams(FILTER_URL, new URLSearchParams(qs)), qs).toEqual([name]);
		}
		// Blank repeats are absent, not refused.
		expect(refusedParams(FILTER_URL, new URLSearchParams('area=&area=cft'))).toEqual([]);
	});

	it('gaps: gap filters and display', () => {
		roundTrip(GAP_FILTER_URL, { resolution: '1373', edition: '2021' }, 'res=1373&edition=2021');
		roundTrip(
			GAP_DISPLAY_URL,
			{ rows: 'state', measure: 'g2', mapTable: true },
			'rows=state&colour=g2&maptable=1'
		);
		expect(read(GAP_DISPLAY_URL, 'rows=country&colour=g3&maptable=yes')).toEqual({
			rows: 'region',
			measure: 'g1',
			mapTable: false
		});
	});

	it('cross-cutting choices', () => {
		roundTrip(
			CROSS_CUTTING_URL,
			{ indicator: 'C1', breakdown: 'resolution', wps: 'W3' },
			'ind=C1&by=resolution&wps=W3'
		);
		expect(read(CROSS_CUTTING_URL, 'ind=X9&by=colour&wps=W4')).toEqual({
			indicator: 'W1',
			breakdown: 'none',
			wps: 'W1'
		});
	});

	it('states index: search and sort, the direction only where it is not the column default', () => {
		roundTrip(
			STATES_INDEX_URL,
			{ q: 'guinea', sort: 'r1', dir: 'asc' },
			'q=guinea&sort=r1&dir=asc'
		);
		expect(sortDir('r1', false)).toBeNull();
		expect(sortDir('r1', true)).toBe('asc');
		expect(sortDir('name', false)).toBe('desc');
		expect(read(STATES_INDEX_URL, 'q=%20%20&sort=gdp&dir=up')).toEqual({
			q: '',
			sort: 'name',
			dir: null
		});
	});

	it('risk list builder: weights and list choices', () => {
		const weights = { ...DEFAULT_RISK_WEIGHTS, gti: 4, gap_share: 0 };
		const params = writeParams(RISK_WEIGHTS_URL, weights, new URLSearchParams('from=2020'));
		expect(params.toString()).toBe('from=2020&w_gaps=0&w_gti=4');
		expect(readParams(RISK_WEIGHTS_URL, params)).toEqual(weights);
		expect(read(RISK_WEIGHTS_URL, 'w_gti=-1&w_never=x&w_years=')).toEqual(DEFAULT_RISK_WEIGHTS);

		roundTrip(
			RISK_LIST_URL,
			{ size: 20, pinned: ['FRA', 'NGA'], excluded: ['TUV'] },
			'size=20&pin=FRA%2CNGA&exclude=TUV'
		);
		expect(read(RISK_LIST_URL, 'size=194&pin=fr,bra').size).toBe(RISK_LIST_URL.size.default);
		expect(read(RISK_LIST_URL, 'pin=fr,bra').pinned).toEqual(['BRA']);
	});

	it('explore: tab, shared query and linked selection', () => {
		roundTrip(EXPLORE_URL, { tab: 'linked', sql: 'SELECT 1 ' }, 'view=linked&sql=SELECT+1+');
		const params = new URLSearchParams(
			'view=linked&years=2020-2016&sel_region=Africa&sel_flag=child_rights&region=Europe'
		);
		const selection = readParams(SELECTION_URL, params);
		expect(selection).toEqual({
			years: { from: 2016, to: 2020 },
			region: 'Africa',
			subregion: null,
			area: null,
			status: null,
			priority: null,
			resolution: null,
			flag: 'child_rights'
		});
		expect(readParams(EXPLORE_URL, params).tab).toBe('linked');
		expect(writeParams(SELECTION_URL, selection, params).toString()).toBe(
			'view=linked&years=2016-2020&sel_region=Africa&sel_flag=child_rights&region=Europe'
		);
		expect(read(SELECTION_URL, 'years=20-x&sel_flag=evil')).toMatchObject({
			years: null,
			flag: null
		});
		expect(read(EXPLORE_URL, 'view=chart')).toEqual({ tab: 'console', sql: null });
	});

	it('explore: sub-region, priority and resolution selections', () => {
		roundTrip(
			SELECTION_URL,
			{
				...NO_SELECTION,
				subregion: 'Western Africa',
				priority: 'priority',
				resolution: '1373'
			},
			'sel_subregion=Western+Africa&sel_priority=priority&sel_resolution=1373'
		);
		// A sub-region proper (not only an intermediate region) is a choice too.
		expect(read(SELECTION_URL, 'sel_subregion=Sub-Saharan+Africa').subregion).toBe(
			'Sub-Saharan Africa'
		);
		// The global filters' names are not the selection's.
		expect(read(SELECTION_URL, 'subregion=Western+Africa&priority=priority')).toEqual(NO_SELECTION);
		expect(
			read(
				SELECTION_URL,
				'sel_subregion=Atlantis&sel_priority=urgent&sel_resolution=9999&sel_region=Africa'
			)
		).toEqual({ ...NO_SELECTION, region: 'Africa' });
		expect(read(SELECTION_URL, 'sel_subregion=western+africa').subregion).toBeNull();
	});

	it('recommendations: sections', () => {
		roundTrip(
			REC_URL,
			{
				dimension: 'region',
				survival: 'area',
				flowFrom: '2020-01-31',
				flowTo: '2023-06-30',
				cell: { from: 'not_started', to: 'implemented' },
				overdueSort: { key: 'name', ascending: true }
			},
			'dim=region&km=area&flow_from=2020-01-31&flow_to=2023-06-30&cell=not_started.implemented&od_sort=name.asc'
		);
		expect(read(REC_URL, 'dim=colour&km=x&flow_from=2023-02-30&cell=a-b&od_sort=name.up')).toEqual({
			dimension: 'area',
			survival: 'priority',
			flowFrom: null,
			flowTo: null,
			cell: null,
			overdueSort: { key: 'days_overdue', ascending: false }
		});
	});

	it('recommendations: the table, its page counted from 1 in the URL', () => {
		roundTrip(
			REC_TABLE_URL,
			{
				search: 'financing',
				status: 'implemented',
				sort: 'name',
				descending: false,
				page: 2
			},
			'q=financing&status=implemented&sort=name&desc=0&page=3'
		);
		expect(read(REC_TABLE_URL, 'sort=sql&desc=x&page=0')).toMatchObject({
			sort: 'issued',
			descending: true,
			page: 0
		});
		expect(read(REC_TABLE_URL, 'page=1').page).toBe(0);
		roundTrip(REC_OPENED_URL, { recId: 'FRA-2019-A01-3' }, 'rec=FRA-2019-A01-3');
	});
});
