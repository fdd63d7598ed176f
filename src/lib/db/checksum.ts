/**
 * SHA-256 of a file as lower-case hex, or null where the browser offers no
 * crypto.subtle (pages served over plain http from another host than localhost
 * are not a secure context): the check is then skipped, not failed.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return null;
	const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
