import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf, type MutationFailure } from '../api/mutationState.js';
import { useApiMutation } from '../api/useApiMutation.js';
import { ApiErrorAlert } from './ApiErrorAlert.js';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';

export interface FormDialogProps<V extends object, R> {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  okDisabled?: boolean;
  width?: number;
  /** What the person should know before filling it in, above the form. */
  note?: ReactNode;
  noteType?: 'info' | 'warning';
  /** The caller's form, when it watches fields (`Form.useWatch`) or fills them in. */
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  send: (values: V) => Promise<R>;
  /** Reads a success makes stale (useApiData paths). */
  invalidates?: readonly string[];
  success?: string | ((result: R, values: V) => string);
  onDone: (result: R, values: V) => void;
  onRefused?: (failure: MutationFailure) => void;
  /** Asks again before sending, saying what it will do (an irreversible step). */
  confirm?: (values: V) => Pick<ConfirmDialogProps<R>, 'title' | 'effects' | 'clause' | 'okText'>;
  onClose: () => void;
  children: ReactNode;
}

/** Puts focus on the dialog's first field once it is open (the title already names the dialog). */
function focusFirstField(container: HTMLElement | null) {
  container
    ?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea:not([disabled])')
    ?.focus();
}

/**
 * An antd Form in a modal, sent through useApiMutation: once however fast OK is pressed (the
 * button is busy meanwhile), the server's field messages shown on their fields, the rest of the
 * refusal above the form with its clause. Closing forgets the values and the refusal.
 */
export function FormDialog<V extends object, R>({
  open,
  title,
  okText,
  danger,
  okDisabled,
  width,
  note,
  noteType = 'info',
  form: given,
  initialValues,
  send,
  invalidates,
  success,
  onDone,
  onRefused,
  confirm,
  onClose,
  children,
}: FormDialogProps<V, R>) {
  const { t } = useTranslation();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const body = useRef<HTMLDivElement>(null);
  const [asked, setAsked] = useState<V>();
  // The form's own fields: a server detail about one of them is shown on it.
  const fields = () => Object.keys(form.getFieldsValue() as object);
  const placeOnFields = (failure: MutationFailure) =>
    form.setFields(failureOf(failure.error, fields()).fieldErrors as never);
  const finished = (result: R, values: V) => {
    form.resetFields();
    mutation.reset();
    setAsked(undefined);
    onDone(result, values);
  };
  const mutation = useApiMutation<V, R>(send, {
    invalidates,
    success,
    onSuccess: finished,
    onError: (failure) => {
      placeOnFields(failure);
      onRefused?.(failure);
    },
    fields,
  });
  const failure = mutation.failure;
  const close = () => {
    form.resetFields();
    mutation.reset();
    setAsked(undefined);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.submit')}
      okButtonProps={{ danger, disabled: okDisabled || mutation.pending }}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.pending}
      onOk={() => form.submit()}
      onCancel={close}
      afterOpenChange={(shown) => shown && focusFirstField(body.current)}
      width={width}
      forceRender
    >
      <div ref={body}>
        {note && <Alert type={noteType} showIcon title={note} style={{ marginBottom: 16 }} />}
        {failure && <ApiErrorAlert error={failure.error} unplaced={failure.unplaced} />}
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => (confirm ? setAsked(values) : void mutation.submit(values))}
        >
          {children}
        </Form>
      </div>
      {confirm && asked && (
        <ConfirmDialog<R>
          open
          {...confirm(asked)}
          danger={danger}
          send={() => send(asked)}
          invalidates={invalidates}
          success={
            success && ((result) => (typeof success === 'function' ? success(result, asked) : success))
          }
          onDone={(result) => finished(result, asked)}
          onRefused={(refusal) => {
            placeOnFields(refusal);
            onRefused?.(refusal);
          }}
          onClose={() => setAsked(undefined)}
        />
      )}
    </Modal>
  );
}
