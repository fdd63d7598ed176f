/** English messages of the explorer (/explore); merged into the catalogue by en.ts. */
export const enExplore = {
	'explore.title': 'Explore the data',
	'explore.lead':
		'Ask your own questions of the loaded extract in SQL, or cross-filter the recommendations. Everything runs in this browser; nothing is sent anywhere.',
	'explore.tabs': 'Explorer views',
	'explore.tab.console': 'SQL console',
	'explore.tab.linked': 'Linked views',
	'explore.tierNote':
		"The console reads only this build's extract: {marking}. Rows above this tier are not in the files, so no query can reach them.",

	'explore.editorLabel': 'SQL query',
	'explore.editorHelp':
		'Ctrl+Enter (Cmd+Enter on a Mac) runs the query. Names of tables and columns complete as you type.',
	'explore.run': 'Run',
	'explore.cancel': 'Cancel',
	'explore.copyLink': 'Copy link to this query',
	'explore.linkCopied': 'Link copied.',
	'explore.linkNotCopied': 'Copy the address bar: the link is there.',
	'explore.examples': 'Example queries',
	'explore.example.implementation_by_region': 'Implementation rate by region (R1)',
	'explore.example.never_visited': 'Member States never visited (V2)',
	'explore.example.gender_by_year': 'Gender analysis in assessments by year (W1)',
	'explore.example.status_mix': 'Recommendations with area and status at D',
	'explore.history': 'History ({n})',
	'explore.historyEmpty': 'Queries you run appear here (kept in this browser only).',
	'explore.historyClear': 'Clear history',

	'explore.status.idle': 'Write a query and run it.',
	'explore.status.running': 'Running...',
	'explore.status.cancelled': 'The query was cancelled.',
	'explore.status.done': '{rows} rows in {ms} ms.',
	'explore.status.doneOne': '1 row in {ms} ms.',
	'explore.truncated':
		'Only the first {cap} rows are kept: the result is larger. Aggregate or add a LIMIT to see the rest.',
	'explore.errorTitle': 'DuckDB could not run the query',
	'explore.refusedTitle': 'This statement is not run',
	'explore.refused.empty': 'There is no statement to run.',
	'explore.refused.multiple': 'The text holds {detail} statements. Run one statement at a time.',
	'explore.refused.write_file':
		'Writing files (COPY ... TO, EXPORT DATABASE) is not allowed here: use the download buttons under the results.',
	'explore.refused.read_file':
		'Reading files ({detail}) is not allowed: the console reads only the tables already loaded.',
	'explore.refused.url':
		'The query names a URL ({detail}). The console never reaches another host: it reads only the loaded tables.',
	'explore.refused.attach': 'Attaching or switching databases ({detail}) is not allowed.',
	'explore.refused.settings':
		'Changing settings ({detail}) is not allowed: the database is shared with the dashboard and locked.',
	'explore.refused.extension':
		'Installing or loading extensions ({detail}) is not allowed: nothing is fetched from the internet.',
	'explore.refused.secret': 'Creating or dropping secrets ({detail}) is not allowed.',
	'explore.refused.modify':
		'Statements that change tables ({detail}) are not allowed: the views of the dashboard read the same tables. Use SELECT.',
	'explore.refused.unknown':
		'"{detail}" is not a statement the console runs. Use SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW or EXPLAIN.',

	'explore.results': 'Results',
	'explore.noRows': 'The query returned no rows.',
	'explore.page': 'Rows {first}-{last} of {total}',
	'explore.previous': 'Previous page',
	'explore.next': 'Next page',
	'explore.sortBy': 'Sort by {column}',
	'explore.null': 'NULL',
	'explore.download': 'Download the results',
	'explore.download.csv': 'CSV',
	'explore.download.xlsx': 'Excel (XLSX)',
	'explore.download.parquet': 'Parquet',
	'explore.download.arrow': 'Arrow IPC',
	'explore.downloadFailed': 'The file could not be written: {message}',

	'explore.schema': 'Tables',
	'explore.schemaHelp': 'Select a name to insert it into the query at the cursor.',
	'explore.schemaRows': '{n} rows',
	'explore.schemaDerived': 'derived',
	'explore.insertName': 'Insert {name}',

	'explore.linked.title': 'Recommendations, cross-filtered',
	'explore.linked.lead':
		'Recommendations issued by {date} with their status at that date. Select a bar or a range of years: every other chart shows only the recommendations that match. Select it again to clear.',
	'explore.linked.selected': '{n} of {total} recommendations selected.',
	'explore.linked.clear': 'Clear all selections',
	'explore.linked.clearOne': 'Clear',
	'explore.linked.source': 'Source: {source}; status at {date}.',
	'explore.linked.year': 'Year issued',
	'explore.linked.yearSubtitle': 'Drag across the bars to select a range of years, or type it.',
	'explore.linked.yearFrom': 'From year',
	'explore.linked.yearTo': 'To year',
	'explore.linked.region': 'Region of the State',
	'explore.linked.subregion': 'Sub-region of the State',
	'explore.linked.subregionSubtitle':
		"Number of recommendations by the State's intermediate region, else its sub-region; bars filtered by the other charts.",
	'explore.linked.selectedWider': 'Selected: {name} (the highlighted bars).',
	'explore.linked.priority': 'Priority',
	'explore.linked.resolution': 'Resolution',
	'explore.linked.area': 'Thematic area',
	'explore.linked.status': 'Status at {date}',
	'explore.linked.flag': 'Gender and children',
	'explore.linked.flag.gender_specific': 'Gender-specific',
	'explore.linked.flag.gender_sensitive': 'Gender-sensitive',
	'explore.linked.flag.child_rights': "Children's rights",
	'explore.linked.barLabel': '{label}: {n}',
	'explore.linked.selectedMark': 'selected',
	'explore.linked.subtitleCount': 'Number of recommendations; bars filtered by the other charts.'
} as const satisfies Record<string, string>;
