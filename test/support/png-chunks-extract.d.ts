declare module 'png-chunks-extract' {
  /** Splits a PNG into its chunks, checking the signature and every CRC (throws otherwise). */
  export default function extractChunks(data: Uint8Array): { name: string; data: Uint8Array }[];
}
