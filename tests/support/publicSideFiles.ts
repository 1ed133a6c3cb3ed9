import { withLiveDoc } from '../../server/versions/planVersions';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { addStrategy } from '../../shared/plan/strategies';
import type { TestServer } from './testServer';

/** A file that is a PDF by its bytes (file-type reads the header), padded to `size` bytes. */
export function pdfBytes(size = 2_000): Uint8Array {
  const head = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n';
  const tail = '\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  const bytes = new Uint8Array(Math.max(size, head.length + tail.length)).fill(0x20);
  bytes.set(Buffer.from(head, 'latin1'), 0);
  bytes.set(Buffer.from(tail, 'latin1'), bytes.length - tail.length);
  return bytes;
}

/** A real 1×1 PNG. */
export function pngBytes(): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
}

/** HTML pretending to be a PDF by its name and claimed type. */
export function htmlNamedPdf(): Uint8Array {
  return Buffer.from('<html><script>alert(1)</script></html>', 'utf8');
}

export interface UploadPart {
  field: string;
  name: string;
  bytes: Uint8Array;
  /** What the browser claims; the server decides by content. */
  type?: string;
}

/** A multipart POST with a session cookie and our Origin, as the browser's form sends it. */
export function postMultipart(
  url: string,
  cookie: string | null,
  path: string,
  fields: Record<string, string>,
  files: readonly UploadPart[] = [],
): Promise<Response> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) {
    form.append(
      file.field,
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  }
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { origin: url, ...(cookie ? { cookie } : {}) },
    body: form,
  });
}

/** Gives the plan's live document two focus areas, the first with two strategies. */
export async function addSections(
  server: TestServer,
  planId: string,
): Promise<{ focusAreas: [string, string]; strategies: [string, string] }> {
  return withLiveDoc(server.medverk.docs, planId, (doc) => {
    const first = addFocusArea(doc, { title: 'Møteplasser' });
    const second = addFocusArea(doc, { title: 'Frivillighet' });
    const s1 = addStrategy(doc, first);
    const s2 = addStrategy(doc, first);
    if (!s1 || !s2) throw new Error('could not add strategies');
    return {
      focusAreas: [first, second] as [string, string],
      strategies: [s1, s2] as [string, string],
    };
  });
}
