import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeDifference } from '../../../../src/draws/core/verify-draw.js';
import type { ApiError } from '../../api/client.js';
import { drawsApi, type DrawVerdict } from '../../api/draws.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { PlainTable } from '../../components/PlainTable.js';
import { useLocale } from '../../i18n/useLocale.js';
import '../../components/Panel.css';

/** 'member #3' → 第 3 名评审员 / member #3, as the verifier's own text says it. */
function usePositionLabel() {
  const { t } = useTranslation();
  return (position: string) => {
    if (position === 'leader') return t('draws.leader');
    const [kind, n] = position.split(' #');
    return kind === 'member' ? t('panel.result.member', { n }) : t('panel.result.reserveOrder', { n });
  };
}

/**
 * Asks the server to recompute the draw from its published inputs alone, and shows ✓ or the first
 * step that differs with what differs.
 */
export function VerifyDraw({ drawId, drawn }: { drawId: string; drawn: boolean }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const positionLabel = usePositionLabel();
  const [verdict, setVerdict] = useState<DrawVerdict>();
  const [error, setError] = useState<ApiError>();
  const [running, setRunning] = useState(false);

  const verify = async () => {
    setRunning(true);
    setError(undefined);
    setVerdict(undefined);
    try {
      setVerdict(await drawsApi.verify(drawId));
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <div>
        <Button
          type="primary"
          size="large"
          icon={<SafetyCertificateOutlined />}
          loading={running}
          disabled={!drawn}
          onClick={() => void verify()}
        >
          {running ? t('draws.verifying') : t('draws.verify')}
        </Button>
      </div>
      {!drawn && <span className="text-secondary">{t('draws.verifyNotDrawn')}</span>}
      {error && <ApiErrorAlert error={error} />}
      {verdict?.ok === true && (
        <Alert
          type="success"
          role="status"
          className="verdict verdict--ok"
          title={
            <Flex gap={12} align="center">
              <span className="verdict__mark" aria-hidden>
                ✓
              </span>
              <span>{t('draws.verified')}</span>
            </Flex>
          }
          description={<span className="hash">{t('draws.verifiedSeed', { seed: verdict.seed })}</span>}
        />
      )}
      {verdict?.ok === false && (
        <Alert
          type="error"
          role="alert"
          className="verdict verdict--failed"
          title={
            <Flex gap={12} align="center">
              <span className="verdict__mark" aria-hidden>
                ✗
              </span>
              <span>{t('draws.failed', { step: t(`draws.verifySteps.${verdict.step}`) })}</span>
            </Flex>
          }
          description={
            <Flex vertical gap={8}>
              <div>{local(verdict.detail)}</div>
              {verdict.differences && verdict.differences.length > 0 && (
                <PlainTable<OutcomeDifference>
                  rowKey={(d) => d.position}
                  rows={verdict.differences}
                  columns={[
                    {
                      key: 'position',
                      title: t('draws.position'),
                      render: (d) => positionLabel(d.position),
                    },
                    {
                      key: 'expected',
                      title: t('draws.expected'),
                      render: (d) => <span className="hash">{d.expected ?? t('common.empty')}</span>,
                    },
                    {
                      key: 'recorded',
                      title: t('draws.recorded'),
                      render: (d) => <span className="hash">{d.recorded ?? t('common.empty')}</span>,
                    },
                  ]}
                />
              )}
            </Flex>
          }
        />
      )}
    </Flex>
  );
}
