import type { Queryable } from '../platform/db/database.js';

/** What an uploaded file is for. */
export const FILE_PURPOSES = ['evidence', 'self-assessment-report', 'endorsement', 'other'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export interface FileRecord {
  id: string;
  applicationId: string | null;
  purpose: FilePurpose;
  originalName: string;
  storageKey: string;
  sizeBytes: number;
  sha256: string;
  mediaType: string;
  uploadedBy: string;
  createdAt: Date;
}

interface FileRow {
  id: string;
  application_id: string | null;
  purpose: FilePurpose;
  original_name: string;
  storage_key: string;
  size_bytes: number;
  sha256: string;
  media_type: string;
  uploaded_by: string;
  created_at: Date;
}

const SELECT_FILE = `SELECT id::text AS id, application_id::text AS application_id, purpose, original_name, storage_key,
  size_bytes, sha256, media_type, uploaded_by::text AS uploaded_by, created_at FROM files`;

const toFile = (row: FileRow): FileRecord => ({
  id: row.id,
  applicationId: row.application_id,
  purpose: row.purpose,
  originalName: row.original_name,
  storageKey: row.storage_key,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  mediaType: row.media_type,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at,
});

export async function findFile(db: Queryable, id: string): Promise<FileRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await db.query<FileRow & Record<string, unknown>>(`${SELECT_FILE} WHERE id = $1`, [id]);
  return rows[0] && toFile(rows[0]);
}

export async function listFiles(db: Queryable, applicationId: string): Promise<FileRecord[]> {
  const rows = await db.query<FileRow & Record<string, unknown>>(
    `${SELECT_FILE} WHERE application_id = $1 ORDER BY created_at`,
    [applicationId],
  );
  return rows.map(toFile);
}

export async function insertFile(tx: Queryable, file: Omit<FileRecord, 'id' | 'createdAt'>): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO files (application_id, purpose, original_name, storage_key, size_bytes, sha256, media_type, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
    [
      file.applicationId,
      file.purpose,
      file.originalName,
      file.storageKey,
      file.sizeBytes,
      file.sha256,
      file.mediaType,
      file.uploadedBy,
    ],
  );
  return rows[0]!.id;
}

/** Which of these storage keys have a file record. */
export async function recordedStorageKeys(
  db: Queryable,
  storageKeys: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ storage_key: string }>(
    'SELECT storage_key FROM files WHERE storage_key = ANY($1::text[])',
    [storageKeys],
  );
  return new Set(rows.map((r) => r.storage_key));
}
