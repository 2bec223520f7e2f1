import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  type ResultsImportMappingBody,
  type ResultsImportPreview,
  type ResultsImportResult,
  type ResultsImportSourceKey,
  resultsImportPreviewSchema,
  resultsImportResultSchema,
} from '../../../contracts/results-imports.js';
import { currentLanguage } from '../../app/i18n/index.js';
import { postJsonWithProgress } from '../tracking/post-with-progress.js';
import { resultsKey } from './results-queries.js';

type ImportFile = { name: string; text: string };
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The results import, step by step, stateless like the time import (the same upload helper): a
 * first preview reads the file with the saved or suggested mapping, a second one checks the
 * person's mapping, the commit writes it. Nothing is written before the commit.
 */
export function useResultsImport(workspaceId: string) {
  const queryClient = useQueryClient();
  const [source, setSource] = useState<ResultsImportSourceKey>('linkedin');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<ResultsImportPreview | null>(null);
  const [mapping, setMapping] = useState<ResultsImportMappingBody | null>(null);
  const [result, setResult] = useState<ResultsImportResult | null>(null);
  const [pending, setPending] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const base = `/api/workspaces/${workspaceId}/results/imports`;
  const preferredDateOrder = currentLanguage() === 'en' ? 'mdy' : 'dmy';

  async function run<T>(action: 'preview' | 'commit', work: (signal: AbortSignal) => Promise<T>) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setPending(action);
    setError(null);
    try {
      return await work(controller.signal);
    } catch (caught) {
      if (!isAbort(caught)) setError(caught);
      return null;
    } finally {
      if (abort.current === controller) {
        abort.current = null;
        setPending(null);
      }
    }
  }

  const readWith = (
    target: ImportFile,
    chosenSource: ResultsImportSourceKey,
    chosen?: ResultsImportMappingBody,
  ) =>
    run('preview', (signal) =>
      postJsonWithProgress(
        `${base}/preview`,
        {
          source: chosenSource,
          fileName: target.name,
          text: target.text,
          preferredDateOrder,
          ...(chosen ? { mapping: chosen } : {}),
        },
        resultsImportPreviewSchema,
        () => {},
        signal,
      ),
    );

  return {
    source,
    file,
    preview,
    mapping,
    result,
    pending,
    error,
    /** True when the mapping on screen is not the one the preview was made with. */
    isMappingChanged: preview !== null && JSON.stringify(mapping) !== JSON.stringify(preview.mapping),

    async chooseSource(next: ResultsImportSourceKey) {
      setSource(next);
      setResult(null);
      if (!file) return;
      const read = await readWith(file, next);
      if (read) {
        setPreview(read);
        setMapping(read.mapping);
      }
    },

    async analyse(target: ImportFile) {
      setResult(null);
      const read = await readWith(target, source);
      if (read) {
        setFile(target);
        setPreview(read);
        setMapping(read.mapping);
      }
    },

    setMapping,

    async check() {
      if (!file || !mapping) return;
      const read = await readWith(file, source, mapping);
      if (read) setPreview(read);
    },

    async commit() {
      if (!file || !mapping) return;
      const written = await run('commit', (signal) =>
        postJsonWithProgress(
          base,
          { source, fileName: file.name, text: file.text, preferredDateOrder, mapping },
          resultsImportResultSchema,
          () => {},
          signal,
        ),
      );
      if (!written) return;
      setResult(written);
      setFile(null);
      setPreview(null);
      setMapping(null);
      await queryClient.invalidateQueries({ queryKey: resultsKey(workspaceId) });
    },

    reset() {
      abort.current?.abort();
      abort.current = null;
      setPending(null);
      setFile(null);
      setPreview(null);
      setMapping(null);
      setResult(null);
      setError(null);
    },
  };
}

export type ResultsImportFlow = ReturnType<typeof useResultsImport>;
