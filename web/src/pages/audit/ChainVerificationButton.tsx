import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/audit.js';
import type { ApiError } from '../../api/client.js';
import type { ChainVerification } from '../../api/types.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

/** Recomputes the audit hash chain on the server and says whether it is intact, or where it breaks. */
export function ChainVerificationButton() {
  const { t } = useTranslation();
  const [result, setResult] = useState<ChainVerification>();
  const [error, setError] = useState<ApiError>();
  const [running, setRunning] = useState(false);

  const verify = async () => {
    setRunning(true);
    setError(undefined);
    try {
      setResult(await auditApi.verify());
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={running}
          onClick={() => void verify()}
        >
          {running ? t('audit.verifying') : t('audit.verify')}
        </Button>
      </div>
      {error && <ApiErrorAlert error={error} />}
      {result &&
        (result.ok ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('audit.verifyOk', { count: result.checked })}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('audit.verifyBroken', {
              id: result.firstBroken?.id ?? '?',
              reason: result.firstBroken?.reason ?? '',
            })}
            description={t('audit.verifyChecked', { count: result.checked })}
          />
        ))}
    </Flex>
  );
}
