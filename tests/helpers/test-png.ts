import { crc32, deflateSync } from 'node:zlib';

/**
 * A real PNG of `w` x `h`: white with a block of `colour` over the left half
 * of its middle band, so a rendered page shows where the image was placed.
 */
export function testPng(
	w: number,
	h: number,
	colour: readonly [number, number, number] = [31, 92, 153]
): Uint8Array {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const out = Buffer.alloc(body.length + 8);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc32(body), body.length + 4);
		return out;
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const raw = Buffer.alloc((w * 3 + 1) * h, 255);
	// Each row starts with its filter type, 0 (none).
	for (let y = 0; y < h; y++) raw[y * (w * 3 + 1)] = 0;
	for (let y = Math.floor(h / 4); y < (3 * h) / 4; y++)
		for (let x = 0; x < w / 2; x++) raw.set(colour, y * (w * 3 + 1) + 1 + x * 3);
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
