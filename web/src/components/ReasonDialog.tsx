import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationFailure } from '../api/mutationState.js';
import type { ConfirmDialogProps } from './ConfirmDialog.js';
import { FormDialog } from './FormDialog.js';

export interface ReasonDialogProps<R> {
  open: boolean;
  title: ReactNode;
  okText: string;
  danger?: boolean;
  /** What the step does and who sees the reason, above the field. */
  note?: ReactNode;
  noteType?: 'info' | 'warning';
  /** The rule the step rests on (`第二十六条`), shown with the field. */
  clause?: string;
  /** The field's label (default 原因 / Reason). */
  label?: string;
  placeholder?: string;
  minLength?: number;
  maxLength?: number;
  /** Sends the reason, trimmed. */
  send: (reason: string) => Promise<R>;
  invalidates?: readonly string[];
  success?: string | ((result: R) => string);
  onDone: (result: R) => void;
  onRefused?: (failure: MutationFailure) => void;
  /** Asks again before sending (a final step such as disqualification). */
  confirm?: Pick<ConfirmDialogProps<R>, 'title' | 'effects' | 'clause' | 'okText'>;
  onClose: () => void;
  /** Shown between the note and the field, e.g. the evidence being decided on. */
  children?: ReactNode;
}

/**
 * A step that needs a written reason (it goes into the audit trail): the reason is required, at
 * least `minLength` characters once trimmed, the clause is shown, and it is sent once through
 * useApiMutation with the server's refusal shown in the dialog.
 */
export function ReasonDialog<R>({
  label,
  placeholder,
  minLength = 2,
  maxLength = 1000,
  clause,
  send,
  success,
  onDone,
  confirm,
  children,
  ...dialog
}: ReasonDialogProps<R>) {
  const { t } = useTranslation();
  const name = label ?? t('dialogs.reason');
  return (
    <FormDialog<{ reason: string }, R>
      {...dialog}
      send={({ reason }) => send(reason.trim())}
      success={success && ((result) => (typeof success === 'function' ? success(result) : success))}
      onDone={(result) => onDone(result)}
      confirm={confirm && (() => confirm)}
    >
      {children}
      <Form.Item
        name="reason"
        label={name}
        extra={
          <>
            {t('dialogs.reasonHelp', { min: minLength })}
            {clause && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {t('dialogs.basis', { clause })}
              </Typography.Text>
            )}
          </>
        }
        rules={[
          { required: true, whitespace: true, message: t('dialogs.reasonRequired', { label: name }) },
          {
            validator: (_, value: string | undefined) =>
              (value ?? '').trim().length === 0 || (value ?? '').trim().length >= minLength
                ? Promise.resolve()
                : Promise.reject(new Error(t('dialogs.reasonTooShort', { label: name, min: minLength }))),
          },
        ]}
      >
        <Input.TextArea rows={3} placeholder={placeholder} maxLength={maxLength} showCount />
      </Form.Item>
    </FormDialog>
  );
}
