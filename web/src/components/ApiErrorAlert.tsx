import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';

/**
 * The server's refusal in the person's language, with the clause it rests on. Field details that
 * could not be placed beside a field are listed underneath.
 */
export function ApiErrorAlert({ error, unplaced = [] }: { error: ApiError; unplaced?: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.message}
      description={
        (error.clause || unplaced.length > 0) && (
          <>
            {error.clause && <div>{t('common.clause', { clause: error.clause })}</div>}
            {unplaced.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {unplaced.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
