import { Form } from 'antd';
import type { ReactNode } from 'react';
import { fieldId } from './fieldId.js';

/** A labelled field with an id the checklist can scroll to, and the server's message beside it. */
export function FieldBlock({
  path,
  label,
  help,
  errors,
  children,
}: {
  path: string;
  label?: ReactNode;
  help?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div id={fieldId(path)} className="field-target">
      <Form.Item
        label={label}
        extra={help}
        validateStatus={errors?.length ? 'error' : undefined}
        help={errors?.length ? errors.join('；') : undefined}
      >
        {children}
      </Form.Item>
    </div>
  );
}
