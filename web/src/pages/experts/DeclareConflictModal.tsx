import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { myApi } from '../../api/experts.js';
import { FormDialog } from '../../components/FormDialog.js';

interface Values {
  organisationId: string;
  evidence: string;
}

interface Props {
  open: boolean;
  /** The applicants of the expert's panel. */
  organisations: { id: string; name: string }[];
  onClose: () => void;
  onDeclared: () => void;
}

/** An expert declares a conflict with an applicant of their panel; it takes effect at once. */
export function DeclareConflictModal({ open, organisations, onClose, onDeclared }: Props) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values, unknown>
      open={open}
      title={t('invitations.declareTitle')}
      note={t('invitations.declareNote')}
      send={(values) => myApi.declareConflict(values.organisationId, values.evidence.trim())}
      invalidates={['/my/panels']}
      success={t('invitations.declared')}
      onDone={onDeclared}
      onClose={onClose}
    >
      <Form.Item
        name="organisationId"
        label={t('invitations.organisation')}
        rules={[{ required: true, message: t('common.choose', { field: t('invitations.organisation') }) }]}
      >
        <Select options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('invitations.evidence')}
        rules={[
          { required: true, whitespace: true, message: t('invitations.evidenceRequired') },
          { min: 2, message: t('invitations.evidenceRequired') },
        ]}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('invitations.evidencePlaceholder')}
          maxLength={2000}
          showCount
        />
      </Form.Item>
    </FormDialog>
  );
}
