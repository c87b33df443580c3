import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../api/client.js';
import {
  applicationsApi,
  saveFormOnLeave,
  type ApplicationForm,
  type ApplicationView,
  type StoredFile,
} from '../../../api/intake.js';
import { asApiError } from '../../../api/useApiData.js';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict'; at: string }
  | { kind: 'error'; error: ApiError };

export interface ApplicationDraft {
  view: ApplicationView | undefined;
  form: ApplicationForm | undefined;
  loadError: ApiError | undefined;
  save: SaveState;
  /** Messages the server put on fields in the last refused save ('overview' → …). */
  fieldErrors: Record<string, string[]>;
  update: (change: (form: ApplicationForm) => ApplicationForm) => void;
  /** Saves now whatever is pending; resolves once the server has the latest draft (or refused it). */
  flush: () => Promise<boolean>;
  reload: () => Promise<void>;
  addFile: (file: StoredFile) => void;
  replaceView: (view: ApplicationView) => void;
}

/**
 * The applicant's draft, saved as they type: each change waits for a pause of 1.5 s, then is PUT
 * with the revision last read. A save from a stale tab is refused by the server (conflict); the
 * page then reloads the newer draft and says so. Closing the tab sends what is pending.
 */
export function useApplicationDraft(id: string, onConflict: () => void): ApplicationDraft {
  const [view, setView] = useState<ApplicationView>();
  const [form, setForm] = useState<ApplicationForm>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const formRef = useRef<ApplicationForm | undefined>(undefined);
  const revisionRef = useRef(0);
  const dirtyRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const savingRef = useRef<Promise<boolean> | undefined>(undefined);
  const conflictRef = useRef(onConflict);

  useEffect(() => {
    conflictRef.current = onConflict;
  }, [onConflict]);

  const accept = useCallback((next: ApplicationView, takeForm: boolean) => {
    revisionRef.current = next.revision;
    setView(next);
    if (takeForm) {
      formRef.current = next.form;
      dirtyRef.current = false;
      setForm(next.form);
    }
  }, []);

  const reload = useCallback(async () => {
    try {
      accept(await applicationsApi.get(id), true);
      setLoadError(undefined);
    } catch (reason) {
      setLoadError(asApiError(reason));
    }
  }, [id, accept]);

  /** Saves until the server has the latest draft; typing during a save leads to one more. */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    for (;;) {
      const snapshot = formRef.current;
      if (!snapshot || !dirtyRef.current) return true;
      dirtyRef.current = false;
      setSave({ kind: 'saving' });
      try {
        const saved = await applicationsApi.saveForm(id, revisionRef.current, snapshot);
        // Keep what was typed meanwhile; take the server's checklist, eligibility and abilities.
        accept(saved, false);
        setFieldErrors({});
        if (!dirtyRef.current) {
          setSave({ kind: 'saved', at: saved.serverTime });
          return true;
        }
      } catch (reason) {
        const error = asApiError(reason);
        if (error.code === 'record/conflict' || error.code === 'application/not-editable') {
          const fresh = await applicationsApi.get(id).catch(() => undefined);
          if (fresh) accept(fresh, true);
          setSave({ kind: 'conflict', at: fresh?.serverTime ?? new Date().toISOString() });
          conflictRef.current();
          return false;
        }
        dirtyRef.current = true;
        const byField: Record<string, string[]> = {};
        for (const detail of error.details) {
          const field = detail.path
            .replace(/^[/.]+/, '')
            .replace(/^body[/.]/, '')
            .replace(/^form[/.]/, '');
          byField[field] = [...(byField[field] ?? []), detail.message];
        }
        setFieldErrors(byField);
        setSave({ kind: 'error', error });
        return false;
      }
    }
  }, [id, accept]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timerRef.current);
    while (savingRef.current) await savingRef.current;
    if (!dirtyRef.current) return true;
    const running = saveOnce().finally(() => {
      savingRef.current = undefined;
    });
    savingRef.current = running;
    return running;
  }, [saveOnce]);

  const update = useCallback(
    (change: (form: ApplicationForm) => ApplicationForm) => {
      const current = formRef.current;
      if (!current) return;
      const next = change(current);
      formRef.current = next;
      dirtyRef.current = true;
      setForm(next);
      setSave({ kind: 'pending' });
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const addFile = useCallback((file: StoredFile) => {
    setView((current) => current && { ...current, files: [...current.files, file] });
  }, []);

  const replaceView = useCallback((next: ApplicationView) => accept(next, true), [accept]);

  useEffect(() => {
    let cancelled = false;
    applicationsApi.get(id).then(
      (loaded) => !cancelled && accept(loaded, true),
      (reason: unknown) => !cancelled && setLoadError(asApiError(reason)),
    );
    return () => {
      cancelled = true;
    };
  }, [id, accept]);

  // A tab put in the background saves now; a tab being closed sends what is pending with keepalive.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden' && dirtyRef.current) void flush();
    };
    const leaving = () => {
      if (dirtyRef.current && formRef.current) saveFormOnLeave(id, revisionRef.current, formRef.current);
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
      // Leaving the page inside the app: what is pending is saved, not dropped with the timer.
      if (dirtyRef.current) void flush();
    };
  }, [id, flush]);

  return { view, form, loadError, save, fieldErrors, update, flush, reload, addFile, replaceView };
}
