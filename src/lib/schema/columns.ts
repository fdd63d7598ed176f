import { CONF_LEVEL } from './enums.ts';
import type { ColumnDef } from './types.ts';

/** Column builders keep the table definitions short and uniform. */
export const col = {
	text: (name: string, description: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
		name,
		type: 'text',
		description,
		...extra
	}),
	date: (name: string, description: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
		name,
		type: 'date',
		description,
		...extra
	}),
	bool: (name: string, description: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
		name,
		type: 'bool',
		description,
		...extra
	}),
	int: (name: string, description: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
		name,
		type: 'int',
		description,
		...extra
	}),
	real: (name: string, description: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
		name,
		type: 'real',
		description,
		...extra
	}),
	enum: (
		name: string,
		enumDef: NonNullable<ColumnDef['enumDef']>,
		description: string,
		extra: Partial<ColumnDef> = {}
	): ColumnDef => ({ name, type: 'enum', enumDef, description, ...extra }),
	list: (
		name: string,
		enumDef: NonNullable<ColumnDef['enumDef']>,
		description: string,
		extra: Partial<ColumnDef> = {}
	): ColumnDef => ({ name, type: 'list', enumDef, description, ...extra })
};

export const iso3Column = (description = 'ISO 3166-1 alpha-3 code of a Member State'): ColumnDef =>
	col.text('iso3', description, {
		required: true,
		foreignKey: { table: 'member_states', column: 'iso3' }
	});

export const confLevelColumn: ColumnDef = col.enum(
	'conf_level',
	CONF_LEVEL,
	'Confidentiality: public < un_system < restricted. Empty means restricted (fail closed).'
);
