import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps (W3C WOFF,
 * section 5): each table inflated where it was compressed, laid out again
 * behind an sfnt table directory. The renderer of `npm run report` reads only
 * sfnt fonts, and the app ships Source Sans 3 as WOFF.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
	const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font.');
	const flavor = src.readUInt32BE(4);
	const numTables = src.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const offset = src.readUInt32BE(at + 4);
		const compLength = src.readUInt32BE(at + 8);
		const origLength = src.readUInt32BE(at + 12);
		const stored = src.subarray(offset, offset + compLength);
		return {
			tag: src.subarray(at, at + 4),
			checksum: src.readUInt32BE(at + 16),
			data: compLength < origLength ? inflateSync(stored) : stored
		};
	});
	const pad4 = (n: number) => (n + 3) & ~3;
	const headerSize = 12 + 16 * numTables;
	const size = tables.reduce((s, t) => s + pad4(t.data.length), headerSize);
	const out = Buffer.alloc(size);
	const power = 2 ** Math.floor(Math.log2(numTables));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(power * 16, 6);
	out.writeUInt16BE(Math.log2(power), 8);
	out.writeUInt16BE(numTables * 16 - power * 16, 10);
	let offset = headerSize;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		t.tag.copy(out, at);
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += pad4(t.data.length);
	});
	return out;
}
