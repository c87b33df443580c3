import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadApplicationFile, type FilePurpose, type StoredFile } from '../../../api/intake.js';
import { asApiError } from '../../../api/useApiData.js';

/** What the server accepts (checked again there by content): PDF, images, Office documents. */
export const DOCUMENT_TYPES = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx';

interface Failure {
  name: string;
  message: string;
}

interface Props {
  applicationId: string;
  purpose: FilePurpose;
  accept?: string;
  label: string;
  disabled?: boolean;
  /** Labels the button for assistive technology when several uploads share a section. */
  ariaLabel?: string;
  onUploaded: (file: StoredFile) => void;
}

/**
 * One upload button: the file streams to the server with a progress bar; the server's refusal
 * (wrong type, renamed file, too large) stays beside the button until the next attempt.
 */
export function FileUpload({
  applicationId,
  purpose,
  accept,
  label,
  disabled,
  ariaLabel,
  onUploaded,
}: Props) {
  const { t } = useTranslation('intake');
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);

  const update = (uid: string, change: Partial<UploadFile> | null) =>
    setUploading((list) =>
      change === null
        ? list.filter((f) => f.uid !== uid)
        : list.map((f) => (f.uid === uid ? { ...f, ...change } : f)),
    );

  return (
    <div className="file-upload">
      <Upload
        accept={accept}
        multiple={false}
        disabled={disabled}
        fileList={uploading}
        showUploadList={{ showRemoveIcon: false }}
        beforeUpload={(file) => {
          setFailures((list) => list.filter((f) => f.name !== file.name));
          setUploading((list) => [
            ...list,
            { uid: file.uid, name: file.name, status: 'uploading', percent: 0 },
          ]);
          return true;
        }}
        customRequest={({ file }) => {
          const blob = file as File & { uid: string };
          const { promise, abort } = uploadApplicationFile(applicationId, purpose, blob, (percent) =>
            update(blob.uid, { percent }),
          );
          promise.then(
            (stored) => {
              update(blob.uid, null);
              onUploaded(stored);
            },
            (reason: unknown) => {
              update(blob.uid, null);
              const error = asApiError(reason);
              setFailures((list) => [...list, { name: blob.name, message: error.message }]);
            },
          );
          return { abort };
        }}
      >
        <Button icon={<UploadOutlined />} disabled={disabled} aria-label={ariaLabel}>
          {label}
        </Button>
      </Upload>
      {failures.map((failure) => (
        <div key={failure.name} className="file-upload__error" role="alert">
          {t('files.failed', { name: failure.name, message: failure.message })}
        </div>
      ))}
    </div>
  );
}
