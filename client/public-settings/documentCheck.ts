import { FILE_KINDS, FileLimits, KNOWLEDGE_FILE_KINDS } from '../../shared/public/fileKinds';

export type DocumentProblem = 'wrong-type' | 'too-large' | 'empty';

/** What the browser knows of a chosen file (a File fits). */
export interface ChosenFile {
  name: string;
  type: string;
  size: number;
}

const EXTENSIONS = new Set<string>(KNOWLEDGE_FILE_KINDS.map((kind) => FILE_KINDS[kind].extension));
const MIMES = new Set<string>(KNOWLEDGE_FILE_KINDS.map((kind) => FILE_KINDS[kind].mime));

/** The `accept` attribute of the file field: extensions and types, so every picker filters. */
export const DOCUMENT_ACCEPT = [
  ...KNOWLEDGE_FILE_KINDS.map((kind) => `.${FILE_KINDS[kind].extension}`),
  ...MIMES,
].join(',');

/**
 * Checks a knowledge document before it is sent, so nobody waits for 20 MB to travel only to be
 * refused. A name or a claimed type is enough here (the browser often claims nothing for ODT);
 * the server decides by the file's content.
 */
export function checkDocument(file: ChosenFile): DocumentProblem | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!EXTENSIONS.has(extension) && !MIMES.has(file.type)) return 'wrong-type';
  if (file.size === 0) return 'empty';
  if (file.size > FileLimits.knowledgeMaxBytes) return 'too-large';
  return null;
}
