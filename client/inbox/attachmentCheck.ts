import {
  FILE_KINDS,
  FileLimits,
  INPUT_FILE_KINDS,
  type FileKind,
} from '../../shared/public/fileKinds';

/** What the browser knows of a chosen file (a File fits; tests pass plain objects). */
export interface ChosenFile {
  name: string;
  size: number;
  type: string;
}

export type AttachmentProblem =
  | { kind: 'tooMany'; max: number }
  | { kind: 'tooLarge'; name: string; maxMb: number }
  | { kind: 'wrongType'; name: string };

const EXTENSIONS: Record<string, FileKind> = { jpeg: 'jpg' };
for (const kind of INPUT_FILE_KINDS) EXTENSIONS[FILE_KINDS[kind].extension] = kind;

/** The kind a file claims by its name, or failing that its MIME type; the server checks the bytes. */
export function claimedKind(file: ChosenFile): FileKind | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const byName = extension ? EXTENSIONS[extension] : undefined;
  if (byName) return byName;
  const byType = INPUT_FILE_KINDS.find((kind) => FILE_KINDS[kind].mime === file.type);
  return byType ?? null;
}

/** `accept` for the file picker: extensions and MIME types of the kinds input may attach. */
export const ACCEPT = [
  ...Object.keys(EXTENSIONS).map((extension) => `.${extension}`),
  ...INPUT_FILE_KINDS.map((kind) => FILE_KINDS[kind].mime),
].join(',');

/**
 * Checks attachments in the browser before anything is sent (the server checks again, by
 * content): at most three, each of a kind input may attach, each at most 10 MB.
 */
export function attachmentProblems(files: readonly ChosenFile[]): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (files.length > FileLimits.inputMaxFiles)
    problems.push({ kind: 'tooMany', max: FileLimits.inputMaxFiles });
  for (const file of files) {
    if (!claimedKind(file)) problems.push({ kind: 'wrongType', name: file.name });
    else if (file.size > FileLimits.inputMaxBytes)
      problems.push({
        kind: 'tooLarge',
        name: file.name,
        maxMb: Math.round(FileLimits.inputMaxBytes / (1024 * 1024)),
      });
  }
  return problems;
}
