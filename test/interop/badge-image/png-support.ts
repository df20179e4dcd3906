import { encode } from 'fast-png';
import extractChunks from 'png-chunks-extract';

/** A small RGBA PNG made by fast-png (an encoder that is not ours), optionally with tEXt chunks. */
export function makePng(width = 3, height = 2, text?: Record<string, string>): Uint8Array {
  const data = new Uint8Array(width * height * 4).map((_, i) => (i * 37) % 256);
  return encode({ width, height, data, channels: 4, depth: 8, ...(text === undefined ? {} : { text }) });
}

/** One iTXt chunk decoded by hand from png-chunks-extract's output (an independent reader of the chunk frame). */
export interface ITxt {
  readonly keyword: string;
  readonly compression: number;
  readonly method: number;
  readonly language: string;
  readonly translated: string;
  readonly text: string;
}

/** The chunk names and the iTXt chunks of a PNG, as png-chunks-extract reads them (it checks every CRC). */
export function independentChunks(png: Uint8Array): { names: string[]; itxt: ITxt[] } {
  const chunks = extractChunks(png);
  const itxt = chunks
    .filter((c) => c.name === 'iTXt')
    .map((c) => {
      const bytes = Uint8Array.from(c.data);
      const k = bytes.indexOf(0);
      const l = bytes.indexOf(0, k + 3);
      const t = bytes.indexOf(0, l + 1);
      const latin = new TextDecoder('latin1');
      return {
        keyword: latin.decode(bytes.subarray(0, k)),
        compression: bytes[k + 1] as number,
        method: bytes[k + 2] as number,
        language: latin.decode(bytes.subarray(k + 3, l)),
        translated: new TextDecoder().decode(bytes.subarray(l + 1, t)),
        text: new TextDecoder().decode(bytes.subarray(t + 1)),
      };
    });
  return { names: chunks.map((c) => c.name), itxt };
}

/** Builds a raw chunk with a correct CRC, using zlib's crc32 from Node (a second CRC implementation). */
export async function rawChunk(type: string, data: Uint8Array): Promise<Uint8Array> {
  const { crc32 } = await import('node:zlib');
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Inserts chunks just before IEND (the last 12 bytes of a well-formed PNG). */
export function insertBeforeIend(png: Uint8Array, ...chunks: Uint8Array[]): Uint8Array {
  const head = png.subarray(0, png.length - 12);
  const tail = png.subarray(png.length - 12);
  const total = head.length + tail.length + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  out.set(head);
  let at = head.length;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(tail, at);
  return out;
}

/** An iTXt chunk's data assembled by hand (keyword, flag, method, language, translated keyword, text). */
export function itxtData(keyword: string, text: string, compression = 0): Uint8Array {
  const enc = new TextEncoder();
  const head = enc.encode(keyword);
  const body = enc.encode(text);
  const out = new Uint8Array(head.length + 5 + body.length);
  out.set(head);
  out[head.length + 1] = compression;
  out.set(body, head.length + 5);
  return out;
}
