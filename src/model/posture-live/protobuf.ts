/**
 * Just enough of the protobuf wire format to read BR's `StreamBackupTaskInfo` (pingcap/kvproto
 * proto/brpb.proto): varints as BigInt (TSOs exceed 2^53), length-delimited fields, and skipping
 * of everything else. Written by hand because the snapshot needs three fields of one message and a
 * strict "does it decode" answer; a generated codec would bring a schema compiler for that.
 * Fields may come in any order, unknown fields are skipped, and malformed input throws
 * `ProtobufError` (the caller names the etcd key).
 */
export class ProtobufError extends Error {}

export type WireValue =
  | { readonly wire: 0; readonly varint: bigint }
  | { readonly wire: 2; readonly bytes: Uint8Array }
  | { readonly wire: 1 | 5 };

/** Every field of one message, in wire order (a repeated field appears once per element). */
export function readFields(buf: Uint8Array): { readonly field: number; readonly value: WireValue }[] {
  const out: { field: number; value: WireValue }[] = [];
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (pos >= buf.length) throw new ProtobufError('truncated varint');
      const byte = buf[pos++] as number;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result & 0xffff_ffff_ffff_ffffn;
      shift += 7n;
    }
    throw new ProtobufError('varint longer than 10 bytes');
  };
  while (pos < buf.length) {
    const tag = varint();
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (field === 0 || field > 536_870_911) throw new ProtobufError(`invalid field number ${field}`);
    if (wire === 0) out.push({ field, value: { wire: 0, varint: varint() } });
    else if (wire === 2) {
      const length = varint();
      if (length > BigInt(buf.length - pos)) throw new ProtobufError(`field ${field} runs past the end of the value`);
      const bytes = buf.subarray(pos, pos + Number(length));
      pos += Number(length);
      out.push({ field, value: { wire: 2, bytes } });
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (pos + size > buf.length) throw new ProtobufError(`field ${field} runs past the end of the value`);
      pos += size;
      out.push({ field, value: { wire } });
    } else throw new ProtobufError(`unsupported wire type ${wire} (field ${field})`);
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function utf8(bytes: Uint8Array, what: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new ProtobufError(`${what} is not UTF-8`);
  }
}
