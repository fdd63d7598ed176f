/**
 * View state in the URL, without Svelte: each view declares a schema, one
 * typed parameter per field, and reads and writes its query string only
 * through it. Parameter names and text formats are public (shared links
 * depend on them), so a schema may gain parameters but never rename one.
 * `UrlState` (url-state.svelte.ts) binds a schema to the address bar.
 */

/** One view field in the query string. */
export interface UrlParam<T> {
	/** The query-string name. */
	readonly name: string;
	/** The value when the URL lacks the parameter or holds a value `parse` refuses; never written. */
	readonly default: T;
	/** The value a non-blank text stands for, or undefined when it is not a valid one. */
	readonly parse: (text: string) => T | undefined;
	/** The text of a value; an empty text removes the parameter. */
	readonly serialise: (value: T) => string;
	/** Value equality, for values that are objects; `===` otherwise. */
	readonly same?: (a: T, b: T) => boolean;
	/**
	 * A list kept as one URL parameter per item (`area=a&area=b`): `parse` and
	 * `serialise` see the items joined by commas, so items never hold one.
	 */
	readonly repeated?: boolean;
}

/** A view's parameters, one per field of the view `V`. */
export type UrlSchema<V> = { readonly [K in keyof V]: UrlParam<V[K]> };

function keysOf<V>(schema: UrlSchema<V>): (keyof V)[] {
	return Object.keys(schema) as (keyof V)[];
}

/** The parameter's text in the URL; null when absent or blank. */
function textOf<T>(param: UrlParam<T>, params: URLSearchParams): string | null {
	const texts = param.repeated ? params.getAll(param.name) : [params.get(param.name) ?? ''];
	const text = texts.filter((t) => t.trim() !== '').join(',');
	return text === '' ? null : text;
}

function same<T>(param: UrlParam<T>, a: T, b: T): boolean {
	return param.same ? param.same(a, b) : a === b;
}

export function defaultsOf<V>(schema: UrlSchema<V>): V {
	const view: Partial<V> = {};
	for (const key of keysOf(schema)) view[key] = schema[key].default;
	return view as V;
}

/** The view a query string holds: absent, blank or unreadable parameters give their default. */
export function readParams<V>(schema: UrlSchema<V>, params: URLSearchParams): V {
	const view: Partial<V> = {};
	for (const key of keysOf(schema)) {
		const param = schema[key];
		const text = textOf(param, params);
		const value = text === null ? undefined : param.parse(text);
		view[key] = value === undefined ? param.default : value;
	}
	return view as V;
}

/**
 * The parameters of the schema whose text the URL holds but `parse` refuses,
 * by query-string name: the view shows their default, and can say so.
 */
export function refusedParams<V>(schema: UrlSchema<V>, params: URLSearchParams): string[] {
	return keysOf(schema)
		.map((key) => schema[key])
		.filter((param) => {
			const text = textOf(param, params);
			return text !== null && param.parse(text) === undefined;
		})
		.map((param) => param.name);
}

/**
 * `base` with the view written in: a value equal to its default, or with an
 * empty text, is removed, so a plain link stays plain. Parameters outside the
 * schema (other views', the global filters) are kept in place.
 */
export function writeParams<V>(
	schema: UrlSchema<V>,
	view: V,
	base: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = new URLSearchParams(base);
	for (const key of keysOf(schema)) {
		const param = schema[key];
		const text = same(param, view[key], param.default) ? '' : param.serialise(view[key]);
		if (text === '') out.delete(param.name);
		else if (param.repeated) {
			out.delete(param.name);
			for (const item of text.split(',')) out.append(param.name, item);
		} else out.set(param.name, text);
	}
	return out;
}

/**
 * `next`, reusing each value of `last` that is the same, and `last` itself
 * when all are: what reads a view or one of its fields re-runs only when that
 * value changes, not when another parameter of the URL does.
 */
export function keepSame<V>(schema: UrlSchema<V>, last: V, next: V): V {
	let changed = false;
	const view: Partial<V> = {};
	for (const key of keysOf(schema)) {
		const kept = same(schema[key], last[key], next[key]);
		view[key] = kept ? last[key] : next[key];
		changed ||= !kept;
	}
	return changed ? (view as V) : last;
}

/** `pathname?query`, without the "?" when the query is empty. */
export function hrefOf(pathname: string, params: URLSearchParams): string {
	const qs = params.toString();
	return `${pathname}${qs ? `?${qs}` : ''}`;
}

// Parameter kinds shared by several views.

/** Free text, trimmed; absent is null. */
export function textParam(name: string): UrlParam<string | null> {
	return { name, default: null, parse: (text) => text.trim(), serialise: (value) => value ?? '' };
}

/** One of `allowed`; anything else is the default (which may be null, for none). */
export function choiceParam<T extends string | null>(
	name: string,
	allowed: readonly T[],
	fallback: T
): UrlParam<T> {
	return {
		name,
		default: fallback,
		parse: (text) => allowed.find((value) => value === text),
		serialise: (value) => value ?? ''
	};
}

/** On when the URL says `1`; off is left out. */
export function flagParam(name: string): UrlParam<boolean> {
	return {
		name,
		default: false,
		parse: (text) => text === '1',
		serialise: (on) => (on ? '1' : '')
	};
}

/** An integer between `min` and `max` inclusive. */
export function integerParam(
	name: string,
	min: number,
	max: number,
	fallback: number
): UrlParam<number> {
	return {
		name,
		default: fallback,
		parse: (text) => {
			const n = Number(text);
			return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
		},
		serialise: String
	};
}

/** A finite number, zero or more. */
export function nonNegativeParam(name: string, fallback: number): UrlParam<number> {
	return {
		name,
		default: fallback,
		parse: (text) => {
			const n = Number(text);
			return Number.isFinite(n) && n >= 0 ? n : undefined;
		},
		serialise: String
	};
}

/** A calendar date that exists, as YYYY-MM-DD; absent is null. */
export function isoDateParam(name: string): UrlParam<string | null> {
	return {
		name,
		default: null,
		parse: (text) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
			const d = new Date(`${text}T00:00:00Z`);
			return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text ? undefined : text;
		},
		serialise: (value) => value ?? ''
	};
}

/** Comma-separated ISO3 codes (upper case); unreadable codes are dropped. */
export function iso3ListParam(name: string): UrlParam<readonly string[]> {
	return {
		name,
		default: [],
		parse: (text) =>
			text
				.split(',')
				.map((s) => s.trim().toUpperCase())
				.filter((s) => /^[A-Z]{3}$/.test(s)),
		serialise: (codes) => codes.join(','),
		same: (a, b) => a.length === b.length && a.every((code, i) => code === b[i])
	};
}
