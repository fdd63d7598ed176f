import type { EnumDef } from '../schema';

/**
 * The label of an enumeration code. English labels live with the schema; a
 * translated catalogue can override them later without touching the views.
 */
export function enumLabel(def: EnumDef, code: string): string {
	return (def.labels as Record<string, string>)[code] ?? code;
}
