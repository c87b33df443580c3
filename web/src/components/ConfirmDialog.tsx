import { Modal, Typography } from 'antd';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationFailure } from '../api/mutationState.js';
import { useApiMutation } from '../api/useApiMutation.js';
import { ApiErrorAlert } from './ApiErrorAlert.js';

export interface ConfirmDialogProps<R> {
  open: boolean;
  title: ReactNode;
  /** What confirming will do, one line each, said before it is done. */
  effects: readonly ReactNode[];
  /** The rule the step rests on (`第二十六条`), shown under the effects. */
  clause?: string;
  /** Says the step cannot be undone (default true: this dialog is for irreversible steps). */
  irreversible?: boolean;
  okText: string;
  danger?: boolean;
  send: () => Promise<R>;
  invalidates?: readonly string[];
  success?: string | ((result: R) => string);
  onDone: (result: R) => void;
  /** After a refusal (shown in the dialog), e.g. to reload when someone else was first. */
  onRefused?: (failure: MutationFailure) => void;
  onClose: () => void;
}

/**
 * Confirms an irreversible step, saying what it will do; the step is sent once however fast the
 * button is pressed, and a refusal is shown in the dialog with the clause it rests on.
 */
export function ConfirmDialog<R>({
  open,
  title,
  effects,
  clause,
  irreversible = true,
  okText,
  danger,
  send,
  invalidates,
  success,
  onDone,
  onRefused,
  onClose,
}: ConfirmDialogProps<R>) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const mutation = useApiMutation<void, R>(send, {
    invalidates,
    success: success && ((result) => (typeof success === 'function' ? success(result) : success)),
    onSuccess: (result) => {
      mutation.reset();
      onDone(result);
    },
    onError: onRefused,
  });
  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, disabled: mutation.pending }}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.pending}
      onOk={() => void mutation.submit()}
      onCancel={close}
      // An irreversible step: the keyboard starts on "cancel", not on the step.
      afterOpenChange={(shown) => {
        if (shown)
          body.current
            ?.closest('.ant-modal')
            ?.querySelector<HTMLElement>('.ant-modal-footer button')
            ?.focus();
      }}
    >
      <div ref={body}>
        {mutation.failure && (
          <ApiErrorAlert error={mutation.failure.error} unplaced={mutation.failure.unplaced} />
        )}
        <Typography.Paragraph style={{ marginBottom: 8 }}>{t('dialogs.willDo')}</Typography.Paragraph>
        <ul style={{ margin: '0 0 12px', paddingInlineStart: 20 }}>
          {effects.map((effect, index) => (
            <li key={index}>{effect}</li>
          ))}
        </ul>
        {(clause || irreversible) && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {clause && t('dialogs.basis', { clause })}
            {clause && irreversible && ' · '}
            {irreversible && t('dialogs.irreversible')}
          </Typography.Paragraph>
        )}
      </div>
    </Modal>
  );
}
