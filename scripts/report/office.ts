import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Where LibreOffice is looked for: PATH first, then Debian's place. */
export function sofficePath(): string | null {
	for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/bin']) {
		if (dir && existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
	}
	return null;
}

/**
 * Converts an office file with LibreOffice (`soffice --headless
 * --convert-to`), into `outDir`; returns the converted file's path. A
 * profile of its own per run: another soffice open on the machine would
 * otherwise take the conversion and this one would silently do nothing.
 */
export function convertWithOffice(input: string, outDir: string, to = 'pdf'): string {
	const soffice = sofficePath();
	if (!soffice) {
		throw new Error(
			'LibreOffice (soffice) is not installed, so the PDF cannot be made. Install it (Debian: apt-get install libreoffice-writer-nogui) or use --format docx.'
		);
	}
	const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));
	try {
		execFileSync(
			soffice,
			[
				`-env:UserInstallation=file://${profile}`,
				'--headless',
				'--convert-to',
				to,
				'--outdir',
				outDir,
				input
			],
			{ stdio: 'pipe', timeout: 170_000 }
		);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	const out = join(outDir, basename(input).replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
	if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${input} to ${to}.`);
	return out;
}
