const K = new Int32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

/**
 * SHA-256 as lower-case hex, of a text (as UTF-8) or of bytes. The one hash
 * of the app: the extract version, the prerendered-query keys and the check
 * of each extract file against its manifest. Synchronous and dependency-free
 * because `crypto.subtle` exists only in secure contexts, and the dashboard is
 * also served from plain-http intranet shares, where a check that needed it
 * would have to be skipped.
 */
export function sha256Hex(input: string | Uint8Array): string {
	const data = typeof input === 'string' ? new TextEncoder().encode(input) : input;
	const h = new Int32Array([
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	]);
	const w = new Int32Array(64);
	// Whole blocks are read in place, so a large file is never copied; only the tail is padded.
	const whole = data.length - (data.length % 64);
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	for (let offset = 0; offset < whole; offset += 64) compress(h, w, view, offset);
	const tailLength = Math.ceil((data.length - whole + 9) / 64) * 64;
	const tail = new Uint8Array(tailLength);
	tail.set(data.subarray(whole));
	tail[data.length - whole] = 0x80;
	const tailView = new DataView(tail.buffer);
	tailView.setUint32(tailLength - 8, Math.floor((data.length * 8) / 2 ** 32));
	tailView.setUint32(tailLength - 4, (data.length * 8) >>> 0);
	for (let offset = 0; offset < tailLength; offset += 64) compress(h, w, tailView, offset);
	return Array.from(h, (x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}

/** One 64-byte block into the state `h`; plain locals and shifts, as this runs for every byte of every extract. */
function compress(h: Int32Array, w: Int32Array, view: DataView, offset: number): void {
	for (let i = 0; i < 16; i++) w[i] = view.getInt32(offset + i * 4);
	for (let i = 16; i < 64; i++) {
		const x = w[i - 15];
		const y = w[i - 2];
		const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
		const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
		w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
	}
	let a = h[0] | 0;
	let b = h[1] | 0;
	let c = h[2] | 0;
	let d = h[3] | 0;
	let e = h[4] | 0;
	let f = h[5] | 0;
	let g = h[6] | 0;
	let hh = h[7] | 0;
	for (let i = 0; i < 64; i++) {
		const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
		const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
		const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
		const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
		hh = g;
		g = f;
		f = e;
		e = (d + t1) | 0;
		d = c;
		c = b;
		b = a;
		a = (t1 + t2) | 0;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
	h[5] += f;
	h[6] += g;
	h[7] += hh;
}
