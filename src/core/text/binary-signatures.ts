/** Leading bytes of file formats that are surely not a text digest, with the name a user recognises. */
export interface BinarySignature {
  /** What the file is, as the refusal message names it: "PNG image". */
  name: string;
  /** The bytes the file starts with. */
  magic: readonly number[];
}

/** File formats people drop into a folder of digests by mistake. Data only: the check is `binary-kind.ts`. */
export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { name: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { name: 'ZIP archive or Office document', magic: [0x50, 0x4b, 0x03, 0x04] }, // "PK\3\4": also .docx, .epub
  { name: 'ZIP archive', magic: [0x50, 0x4b, 0x05, 0x06] }, // empty ZIP
  { name: 'GIF image', magic: [0x47, 0x49, 0x46, 0x38] }, // "GIF8" (GIF87a, GIF89a)
  { name: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'gzip archive', magic: [0x1f, 0x8b] },
  { name: 'executable', magic: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { name: 'Word 97–2003 or other OLE document', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'WebAssembly module', magic: [0x00, 0x61, 0x73, 0x6d] },
  { name: '7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'SQLite database', magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] }, // "SQLite f"
];
