import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERT_COLUMNS } from '../../../../src/experts/core/expert-row.js';
import type { ErrorDetail } from '../../api/client.js';
import { EXPERT_TEMPLATE_URL, expertsApi } from '../../api/experts.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { useLocale } from '../../i18n/useLocale.js';

interface RowProblem {
  key: number;
  row: string;
  column: string;
  message: string;
}

/**
 * The server reports each problem as `path: "row 3 / identityNumber"` with a message that repeats
 * the place ("第 3 行 identityNumber：…"); split it into the three columns of the table.
 */
function toRowProblem(
  detail: ErrorDetail,
  index: number,
  columnName: (key: string) => string,
  fileLabel: string,
): RowProblem {
  const match = /^row (\d+) \/ (.+)$/.exec(detail.path);
  if (!match)
    return {
      key: index,
      row: '—',
      column: detail.path === 'file' ? fileLabel : detail.path,
      message: detail.message,
    };
  const [, row = '', column = ''] = match;
  const message = detail.message.replace(/^(第\s*\d+\s*行\s*\S+?：|row \d+, [^:]+: )/, '');
  return { key: index, row, column: columnName(column), message };
}

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** Download the template, upload the filled sheet; all rows or none, every problem listed by row and column. */
export function ImportExpertsModal({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const { message } = App.useApp();
  const [file, setFile] = useState<File>();
  const sending = useApiMutation((sheet: File) => expertsApi.importSheet(sheet), {
    invalidates: ['/experts'],
    success: ({ imported }) => t('experts.importModal.done', { count: imported }),
    onSuccess: () => {
      setFile(undefined);
      onImported();
    },
  });
  const error = sending.failure?.error;

  const columnName = (key: string) => {
    const column = EXPERT_COLUMNS.find((c) => c.key === key);
    return column ? local(column.header) : key;
  };
  const problems = (error?.details ?? []).map((detail, index) =>
    toRowProblem(detail, index, columnName, t('experts.importModal.fileColumn')),
  );

  const close = () => {
    setFile(undefined);
    sending.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('experts.importModal.title')}
      width={760}
      onCancel={close}
      okText={t('experts.importModal.start')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !file || sending.pending }}
      confirmLoading={sending.pending}
      onOk={() => file && void sending.submit(file)}
    >
      <ol style={{ paddingInlineStart: 20, lineHeight: 1.9 }}>
        <li>
          {t('experts.importModal.step1')}{' '}
          <Button type="link" size="small" icon={<DownloadOutlined />} href={EXPERT_TEMPLATE_URL} download>
            {t('experts.importModal.template')}
          </Button>
        </li>
        <li>{t('experts.importModal.step2')}</li>
      </ol>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        fileList={file ? [{ uid: 'sheet', name: file.name, status: 'done', size: file.size }] : []}
        beforeUpload={(chosen) => {
          if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
            void message.error(t('experts.importModal.wrongType'));
            return Upload.LIST_IGNORE;
          }
          setFile(chosen);
          sending.reset();
          return false;
        }}
        onRemove={() => {
          setFile(undefined);
          sending.reset();
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('experts.importModal.choose')}</p>
        <p className="ant-upload-hint">{t('experts.importModal.chooseHint')}</p>
      </Upload.Dragger>
      {error && (
        <div style={{ marginTop: 16 }}>
          {problems.length > 0 ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={error.message}
              description={t('experts.importModal.rejected')}
              style={{ marginBottom: 12 }}
            />
          ) : (
            <ApiErrorAlert error={error} />
          )}
          {problems.length > 0 && (
            <Table<RowProblem>
              size="small"
              rowKey="key"
              dataSource={problems}
              pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'row', title: t('experts.importModal.row'), dataIndex: 'row', width: 64 },
                { key: 'column', title: t('experts.importModal.column'), dataIndex: 'column', width: 140 },
                { key: 'message', title: t('experts.importModal.message'), dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
