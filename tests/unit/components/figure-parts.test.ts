import { describe, expect, it } from 'vitest';
import { figureSource } from '../../../src/lib/components/figure-source';
import { rateAttributes } from '../../../src/lib/components/rate-attributes';
import { rate } from '../../../src/lib/indicators/rate';

describe('figureSource', () => {
	it('names the records, the demo label and the extract date', () => {
		expect(figureSource({ referenceDate: '2026-10-29', isDemo: true }, 'figure.source')).toBe(
			'Source: CTED assessment records (synthetic demo data), extract of 29 Oct 2026.'
		);
		expect(figureSource({ referenceDate: '2026-10-29', isDemo: false }, 'cc.source')).toBe(
			'Source: CTED records, extract of 29 Oct 2026.'
		);
	});

	it('says only where the records come from without a date', () => {
		expect(figureSource({ referenceDate: null, isDemo: true }, 'figure.source')).toBe(
			'Source: CTED assessment records.'
		);
	});
});

describe('rateAttributes', () => {
	it('writes the value, numerator and denominator of the rate', () => {
		expect(rateAttributes('R1', rate(3, 4), { year: 2024, category: 'all' })).toEqual({
			'data-indicator': 'R1',
			'data-year': 2024,
			'data-category': 'all',
			'data-value': '0.75',
			'data-numerator': '3',
			'data-denominator': '4'
		});
	});

	it('writes an empty value for a zero base, never 0, and leaves out what is not given', () => {
		const attrs = rateAttributes('V5', rate(0, 0));
		expect(attrs['data-value']).toBe('');
		expect(attrs['data-year']).toBeUndefined();
		expect(attrs['data-category']).toBeUndefined();
	});
});
