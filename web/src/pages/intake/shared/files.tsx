import { FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { fileUrl, type StoredFile } from '../../../api/intake.js';

/** 1.2 MB, 380 KB: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** A stored file as a download link with its size (the server logs the download, Art. 25). */
export function FileLink({ file }: { file: StoredFile }) {
  const icon = file.mediaType === 'application/pdf' ? <FilePdfOutlined /> : <FileOutlined />;
  return (
    <span className="file-link">
      <a href={fileUrl(file.id)} title={file.sha256}>
        {icon} {file.originalName}
      </a>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
        {formatBytes(file.sizeBytes)}
      </Typography.Text>
    </span>
  );
}
