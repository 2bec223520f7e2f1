import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  type ImportMappingBody,
  type ImportPreview,
  type ImportResult,
  importPreviewSchema,
  importResultSchema,
} from '../../../contracts/tracking.js';
import { postJsonWithProgress, type UploadProgress } from './post-with-progress.js';
import { trackingKey } from './tracking-queries.js';

type DateFormat = 'ymd' | 'dmy' | 'mdy';
export type ImportFile = { name: string; text: string };
/** What the person is waiting for: reading the file, checking a mapping, or writing it. */
export type ImportAction = 'preview' | 'check' | 'commit';

const emptyMapping: ImportMappingBody = { byProject: {}, byTag: {}, fallbackCategoryId: null };
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The import, step by step. The API is stateless, so each step sends the whole file again: a
 * first preview reads it (projects, tags, errors, suggested mapping), a second one checks the
 * chosen mapping (the dry run per category), and the commit writes it in one transaction.
 * Nothing is written before the commit; cancelling drops everything held here.
 */
export function useImportFlow(workspaceId: string) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMappingBody>(emptyMapping);
  const [dateFormat, setDateFormat] = useState<DateFormat | undefined>(undefined);
  const [userId, setUserId] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ preview: ImportPreview; mapping: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, setPending] = useState<{ action: ImportAction; progress: UploadProgress } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const base = `/api/workspaces/${workspaceId}/imports`;

  async function send<T>(
    action: ImportAction,
    run: (onProgress: (progress: UploadProgress) => void, signal: AbortSignal) => Promise<T>,
  ) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setPending({ action, progress: { phase: 'sending', ratio: 0 } });
    try {
      return await run((progress) => setPending({ action, progress }), controller.signal);
    } finally {
      if (abort.current === controller) {
        abort.current = null;
        setPending(null);
      }
    }
  }

  const readFile = (target: ImportFile, format: DateFormat | undefined) =>
    send('preview', (onProgress, signal) =>
      postJsonWithProgress(
        `${base}/preview`,
        { fileName: target.name, text: target.text, ...(format ? { dateFormat: format } : {}) },
        importPreviewSchema,
        onProgress,
        signal,
      ),
    );

  return {
    file,
    preview,
    mapping,
    dateFormat,
    userId,
    checked: checked && checked.mapping === JSON.stringify([mapping, dateFormat]) ? checked.preview : null,
    result,
    pending,

    /** Reads a chosen file: its projects and tags, pre-filled with the API's suggestions. */
    async analyse(target: ImportFile, format?: DateFormat) {
      try {
        const read = await readFile(target, format);
        setFile(target);
        setPreview(read);
        setDateFormat(format);
        setMapping(format ? mapping : read.suggestedMapping);
        setChecked(null);
        setResult(null);
      } catch (error) {
        if (!isAbort(error)) throw error;
      }
    },

    setMapping(next: ImportMappingBody) {
      setMapping(next);
    },
    setUserId,

    /** The dry run with the chosen mapping: rows per category and rows left without one. */
    async check() {
      if (!file) return;
      const key = JSON.stringify([mapping, dateFormat]);
      try {
        const dryRun = await send('check', (onProgress, signal) =>
          postJsonWithProgress(
            `${base}/preview`,
            { fileName: file.name, text: file.text, mapping, ...(dateFormat ? { dateFormat } : {}) },
            importPreviewSchema,
            onProgress,
            signal,
          ),
        );
        setChecked({ preview: dryRun, mapping: key });
      } catch (error) {
        if (!isAbort(error)) throw error;
      }
    },

    async commit() {
      if (!file) return;
      const written = await send('commit', (onProgress, signal) =>
        postJsonWithProgress(
          base,
          {
            fileName: file.name,
            text: file.text,
            mapping,
            ...(dateFormat ? { dateFormat } : {}),
            ...(userId ? { userId } : {}),
          },
          importResultSchema,
          onProgress,
          signal,
        ),
      );
      setResult(written);
      setFile(null);
      setPreview(null);
      setChecked(null);
      await queryClient.invalidateQueries({ queryKey: trackingKey(workspaceId) });
    },

    /** Drops the file and every answer; aborts a request under way (nothing was written). */
    reset() {
      abort.current?.abort();
      abort.current = null;
      setPending(null);
      setFile(null);
      setPreview(null);
      setMapping(emptyMapping);
      setDateFormat(undefined);
      setChecked(null);
      setResult(null);
    },
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
