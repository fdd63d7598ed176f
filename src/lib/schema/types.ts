import type { EnumDef } from './enums.ts';

/** The logical type of a column; each maps to one DuckDB type and one parser. */
export type ColumnType = 'text' | 'date' | 'bool' | 'int' | 'real' | 'enum' | 'list';

export interface ForeignKey {
	readonly table: string;
	readonly column: string;
}

export interface ColumnDef {
	readonly name: string;
	readonly type: ColumnType;
	readonly description: string;
	/** An empty cell is an error when set. Key columns are always required. */
	readonly required?: boolean;
	/** Allowed codes of an `enum` column, or of each item of a `list` column. */
	readonly enumDef?: EnumDef;
	readonly foreignKey?: ForeignKey;
	readonly min?: number;
	readonly max?: number;
	/** Text that travels with the row (free text); tier tests look for it in every file. */
	readonly freeText?: boolean;
}

/** A check on one row: a date order or a numeric order between two columns. */
export interface RowOrderRule {
	readonly kind: 'order';
	readonly lesser: string;
	readonly greater: string;
	readonly reason: string;
}

/**
 * A check against the row a foreign key points to: the referenced column must
 * equal this row's column (`equal`) or be on or before it (`not_before`).
 */
export interface ReferencedRule {
	readonly kind: 'equal_to_referenced' | 'not_before_referenced';
	readonly column: string;
	readonly via: string;
	readonly referencedColumn: string;
	readonly reason: string;
}

/** A column that must be set whenever another column has a given value. */
export interface RequiredWhenRule {
	readonly kind: 'required_when';
	readonly column: string;
	readonly when: { readonly column: string; readonly equals: string };
	readonly reason: string;
}

export type TableRule = RowOrderRule | ReferencedRule | RequiredWhenRule;

export type TableKind = 'reference' | 'fact' | 'external';

/** `Name` keeps each table's name as a literal type, from which TableName is derived. */
export interface TableDef<Name extends string = string> {
	readonly name: Name;
	readonly kind: TableKind;
	readonly description: string;
	readonly columns: readonly ColumnDef[];
	readonly key: readonly string[];
	readonly rules: readonly TableRule[];
	/**
	 * Foreign-key columns whose referenced row's confidentiality flows into this
	 * row's effective level (DATA-MODEL.md: a row is as restricted as what it refers to).
	 */
	readonly inheritsConfidentialityVia: readonly string[];
	/** For external tables: the citation shown wherever the data is. */
	readonly source?: string;
}
