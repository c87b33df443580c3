import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expertsApi, type Expert } from '../../api/experts.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

/** Issues a one-time initial password and shows it once, with a copy button; closing forgets it. */
export function InitialPasswordModal({
  expert,
  onClose,
}: {
  expert: Expert | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<{ username: string; password: string }>();
  const issuing = useApiMutation((expertId: string) => expertsApi.issuePassword(expertId), {
    onSuccess: setIssued,
  });
  const error = issuing.failure?.error;

  const close = () => {
    setIssued(undefined);
    issuing.reset();
    onClose();
  };

  return (
    <Modal
      open={Boolean(expert)}
      title={expert && t('experts.password.title', { name: `${expert.name}（${expert.code}）` })}
      onCancel={close}
      footer={
        issued ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              icon={<KeyOutlined />}
              loading={issuing.pending}
              disabled={issuing.pending}
              onClick={() => expert && void issuing.submit(expert.id)}
            >
              {t('experts.password.issue')}
            </Button>
          </>
        )
      }
    >
      {error && <ApiErrorAlert error={error} />}
      {issued ? (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('experts.password.onceOnly')}
            style={{ marginBottom: 16 }}
          />
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              {
                key: 'username',
                label: t('experts.password.username'),
                children: <Typography.Text copyable>{issued.username}</Typography.Text>,
              },
              {
                key: 'password',
                label: t('experts.password.password'),
                children: (
                  <Typography.Text
                    className="hash one-time-secret"
                    copyable={{ tooltips: [t('draws.copy'), t('experts.password.copied')] }}
                    data-testid="one-time-password"
                  >
                    {issued.password}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      ) : (
        <p>{t('experts.password.explain')}</p>
      )}
    </Modal>
  );
}
