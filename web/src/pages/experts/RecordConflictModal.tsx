import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictKind } from '../../../../src/experts/core/conflicts.js';
import { typedPath } from '../../api/client.js';
import { expertsApi, type ApplicationSummary, type Expert } from '../../api/experts.js';
import { SearchSelect } from '../../components/SearchSelect.js';
import { FormDialog } from '../../components/FormDialog.js';
import { OFFICE_CONFLICT_KINDS, useExpertVocabulary } from './useExpertVocabulary.js';

interface Values {
  expertId: string;
  applicationId: string;
  kind: ConflictKind;
  since?: string;
  evidence: string;
}

interface Props {
  open: boolean;
  /** The cycle whose applicants are offered. */
  cycleId: string | undefined;
  onClose: () => void;
  onRecorded: () => void;
}

/** The Office records a conflict between an expert and an applicant of the cycle; it takes effect at once. */
export function RecordConflictModal({ open, cycleId, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const vocabulary = useExpertVocabulary();
  // The list shows applications; the conflict is with the organisation behind the chosen one.
  const send = async (values: Values) => {
    const application = await expertsApi.application(values.applicationId);
    if (!application.organisation) throw new Error('organisation missing');
    return expertsApi.recordConflict({
      expertId: values.expertId,
      organisationId: application.organisation.id,
      kind: values.kind,
      evidence: values.evidence.trim(),
      since: values.since || null,
    });
  };

  const chosen = (field: string) => [{ required: true, message: t('common.choose', { field }) }];

  return (
    <FormDialog<Values, unknown>
      open={open}
      title={t('conflicts.recordTitle')}
      note={t('conflicts.recordNote')}
      send={send}
      invalidates={['/conflicts']}
      success={t('conflicts.recorded')}
      onDone={onRecorded}
      onClose={onClose}
    >
      <Form.Item name="expertId" label={t('conflicts.expert')} rules={chosen(t('conflicts.expert'))}>
        <SearchSelect<Expert>
          path={typedPath('/api/experts', open ? { query: { status: 'active' } } : null)}
          toOption={(e) => ({ value: e.id, label: `${e.name}（${e.code}）· ${e.employer}` })}
        />
      </Form.Item>
      <Form.Item
        name="applicationId"
        label={t('conflicts.application')}
        extra={t('conflicts.applicationHelp')}
        rules={chosen(t('conflicts.application'))}
      >
        <SearchSelect<ApplicationSummary>
          path={typedPath('/api/applications', open && cycleId ? { query: { cycleId } } : null)}
          toOption={(a) => ({ value: a.id, label: a.organisationName })}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('conflicts.kind')} rules={chosen(t('conflicts.kind'))}>
        <Select
          options={OFFICE_CONFLICT_KINDS.map((kind) => ({
            value: kind,
            label: vocabulary.conflictKindName(kind),
          }))}
        />
      </Form.Item>
      <Form.Item name="since" label={t('conflicts.since')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('conflicts.evidence')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('conflicts.evidence') }),
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('conflicts.evidencePlaceholder')}
          maxLength={2000}
          showCount
        />
      </Form.Item>
    </FormDialog>
  );
}
