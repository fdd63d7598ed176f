import type { SQLNamespace } from '@codemirror/lang-sql';
import { DERIVED_TABLES, duckdbType, TABLES } from '$lib/schema';

/** The schema as CodeMirror's SQL completion wants it: tables, and columns with type and description. */
export function completionSchema(): SQLNamespace {
	const namespace: Record<string, SQLNamespace> = {};
	for (const def of [...TABLES, ...DERIVED_TABLES]) {
		namespace[def.name] = {
			self: {
				label: def.name,
				type: 'type',
				detail: def.kind,
				info: def.description
			},
			children: def.columns.map((c) => ({
				label: c.name,
				type: 'property',
				detail: duckdbType(c.type),
				info: c.description
			}))
		};
	}
	return namespace;
}
