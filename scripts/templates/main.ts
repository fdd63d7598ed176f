import { parseArgs } from 'node:util';
import { writeTemplates } from './write-templates';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/templates' } } });

writeTemplates(values.out)
	.then((paths) => {
		for (const path of paths) console.log(`wrote ${path}`);
	})
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	});
