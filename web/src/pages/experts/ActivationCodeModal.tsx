import { KeyOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { expertsApi, type Expert } from '../../api/experts.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { OneTimeCode } from '../../components/OneTimeCode.js';

/**
 * Issues a one-time activation code for the expert and shows it once, with a copy button;
 * closing forgets it. The expert sets their own password with it: the Office never knows it.
 */
export function ActivationCodeModal({
  expert,
  onClose,
}: {
  expert: Expert | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<{ username: string; code: string; expiresAt: string }>();
  const [error, setError] = useState<ApiError>();
  const [issuing, setIssuing] = useState(false);

  const issue = async () => {
    if (!expert) return;
    setIssuing(true);
    setError(undefined);
    try {
      setIssued(await expertsApi.issueActivation(expert.id));
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setIssuing(false);
    }
  };

  const close = () => {
    setIssued(undefined);
    setError(undefined);
    onClose();
  };

  return (
    <Modal
      open={Boolean(expert)}
      title={expert && t('experts.activation.title', { name: `${expert.name}（${expert.code}）` })}
      onCancel={close}
      footer={
        issued ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" icon={<KeyOutlined />} loading={issuing} onClick={() => void issue()}>
              {t('experts.activation.issue')}
            </Button>
          </>
        )
      }
    >
      {error && <ApiErrorAlert error={error} />}
      {issued ? <OneTimeCode {...issued} /> : <p>{t('experts.activation.explain')}</p>}
    </Modal>
  );
}
