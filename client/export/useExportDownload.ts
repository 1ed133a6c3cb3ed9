import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadName, exportUrl, type DiscussionChoice, type ExportFormat } from './exportFormats';
import { fetchBlob, saveBlob } from './downloadExport';
import { exportErrorKey, type ExportErrorKey } from './exportError';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'preparing'; format: ExportFormat }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; error: ExportErrorKey };

/** One export at a time: prepare the file on the server, then save it; the state says how far. */
export function useExportDownload(planId: string, planTitle: string) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (
      format: ExportFormat,
      version: string | null,
      language: string | null,
      choice: DiscussionChoice,
    ) => {
      if (controller.current) return;
      const current = new AbortController();
      controller.current = current;
      setState({ kind: 'preparing', format });
      try {
        const { blob, response } = await fetchBlob(
          exportUrl(planId, format, version, language, choice),
          current.signal,
        );
        const file = downloadName(response.headers.get('content-disposition'), planTitle, format);
        saveBlob(blob, file);
        setState({ kind: 'done', file });
      } catch (error: unknown) {
        if (!current.signal.aborted) setState({ kind: 'failed', error: exportErrorKey(error) });
      } finally {
        controller.current = null;
      }
    },
    [planId, planTitle],
  );
  return { state, start };
}
