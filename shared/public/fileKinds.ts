/**
 * The kinds of file people may upload, and where. An upload's kind is decided from its bytes
 * (server: `file-type`), never from its name or the browser's claimed type; the name's extension
 * is only rewritten to match when the file is served.
 */
export const FILE_KINDS = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  jpg: { mime: 'image/jpeg', extension: 'jpg' },
  png: { mime: 'image/png', extension: 'png' },
  /** Only as a municipality's logo, and only once checked to hold nothing active (logoImage.ts). */
  svg: { mime: 'image/svg+xml', extension: 'svg' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** Knowledge base documents: what a municipality publishes (reports, notes, spreadsheets). */
export const KNOWLEDGE_FILE_KINDS = ['pdf', 'docx', 'odt', 'xlsx'] as const satisfies readonly FileKind[];
/** Attachments to input: documents and photos (a letter photographed on a phone). */
export const INPUT_FILE_KINDS = ['pdf', 'docx', 'odt', 'jpg', 'png'] as const satisfies readonly FileKind[];

export const FileLimits = {
  knowledgeMaxBytes: 20 * 1024 * 1024,
  inputMaxBytes: 10 * 1024 * 1024,
  inputMaxFiles: 3,
  /** Longest kept file name (characters), after unsafe characters are removed. */
  nameMax: 120,
} as const;

export function fileKindOfMime(mime: string): FileKind | null {
  for (const [kind, info] of Object.entries(FILE_KINDS) as [FileKind, (typeof FILE_KINDS)[FileKind]][]) {
    if (info.mime === mime) return kind;
  }
  return null;
}

/**
 * A file name safe to show and to put in Content-Disposition: no path, no control or quote
 * characters, bounded, and ending in the extension of the kind its bytes are.
 */
export function safeFileName(name: string, kind: FileKind): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}"<>|:*?;]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, FileLimits.nameMax - 6).trim() || 'dokument';
  return `${stem}.${FILE_KINDS[kind].extension}`;
}
