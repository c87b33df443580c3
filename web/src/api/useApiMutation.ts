import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from './client.js';
import {
  createSubmitGate,
  failureOf,
  type MutationFailure,
  readsAnyOf,
  refusalText,
} from './mutationState.js';
import { asApiError } from './useApiData.js';

export interface ApiMutationOptions<TVars, TData> {
  /** Reads (useApiData paths) a success makes stale, e.g. `'/accounts'`: reloaded, pages and filters included. */
  invalidates?: readonly string[];
  /** Said once it has worked (antd message). */
  success?: string | ((data: TData, vars: TVars) => string);
  onSuccess?: (data: TData, vars: TVars) => void;
  /** After a refusal, e.g. to put field messages on a form or reload when someone else got there first. */
  onError?: (failure: MutationFailure, text: string) => void;
  /** Form fields the server's details may be about (the rest stay in `failure.unplaced`). */
  fields?: readonly string[] | (() => readonly string[]);
}

export interface ApiMutation<TVars, TData> {
  /** Sends once: while a submission is on its way, further calls are dropped. Never rejects. */
  submit: (vars: TVars) => Promise<TData | undefined>;
  /** True from the first click until the answer: show the button busy (`loading`) and disabled. */
  pending: boolean;
  /** What the submission on its way (or the last one) was sent with, e.g. which row's button. */
  variables: TVars | undefined;
  failure: MutationFailure | undefined;
  /** The refusal as one line in the person's language, with the clause it rests on. */
  failureText: string | undefined;
  /** Forgets the last refusal (when a dialog closes). */
  reset: () => void;
}

/**
 * A state change sent to the API through TanStack Query's `useMutation`: one submission at a time
 * however fast the button is clicked, the refusal kept as an ApiError (message in the person's
 * language, clause, field details), and the named reads refreshed on success.
 */
export function useApiMutation<TVars = void, TData = unknown>(
  send: (vars: TVars) => Promise<TData>,
  options: ApiMutationOptions<TVars, TData> = {},
): ApiMutation<TVars, TData> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [gate] = useState(createSubmitGate);
  const { invalidates = [], success } = options;
  const fields = () => (typeof options.fields === 'function' ? options.fields() : (options.fields ?? []));
  const textOf = (error: ApiError) =>
    refusalText(error, (text, clause) => t('dialogs.withClause', { message: text, clause }));
  const mutation = useMutation<TData, ApiError, TVars>({
    mutationFn: async (vars) => {
      try {
        return await send(vars);
      } catch (reason) {
        throw asApiError(reason);
      }
    },
    onSuccess: (data, vars) => {
      if (success) void message.success(typeof success === 'function' ? success(data, vars) : success);
      if (invalidates.length > 0)
        void queryClient.invalidateQueries({ predicate: (query) => readsAnyOf(query.queryKey, invalidates) });
      options.onSuccess?.(data, vars);
    },
    onError: (error) => options.onError?.(failureOf(error, fields()), textOf(error)),
  });
  const { mutateAsync, reset } = mutation;
  const submit = useCallback(
    (vars: TVars) => gate.run(() => mutateAsync(vars))?.catch(() => undefined) ?? Promise.resolve(undefined),
    [gate, mutateAsync],
  );
  const failure = mutation.error ? failureOf(mutation.error, fields()) : undefined;
  return {
    submit,
    pending: mutation.isPending,
    variables: mutation.variables,
    failure,
    failureText: failure && textOf(failure.error),
    reset,
  };
}
