import {
  CloseCircleFilled,
  CheckCircleFilled,
  ClockCircleOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, EndorsementKind } from '../../../api/intake.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { FileLink } from './files.js';

const KINDS: EndorsementKind[] = ['locality', 'department'];

/**
 * The two opinions of Art. 14 in the current round — town / sub-district and competent
 * department — and, below, those of earlier rounds that ended in a return.
 */
export function EndorsementList({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const round = application.endorsementRound;
  const asked = application.status !== 'draft' || application.endorsements.length > 0;
  const earlier = application.endorsements.filter((e) => e.round < round);
  return (
    <div className="endorsements">
      {KINDS.map((kind) => {
        const opinion = application.endorsements.find((e) => e.round === round && e.kind === kind);
        const file = opinion?.fileId ? application.files.find((f) => f.id === opinion.fileId) : undefined;
        return (
          <div key={kind} className="endorsements__item" data-kind={kind}>
            <Flex gap={8} align="center" wrap>
              {opinion?.decision === 'agreed' ? (
                <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />
              ) : opinion?.decision === 'returned' ? (
                <RollbackOutlined style={{ color: '#d46b08' }} aria-hidden />
              ) : opinion?.decision === 'declined' ? (
                <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />
              ) : (
                <ClockCircleOutlined style={{ color: '#8c8c8c' }} aria-hidden />
              )}
              <strong>{t(`endorse.kinds.${kind}`)}</strong>
              <span>
                {opinion
                  ? t(`endorse.decisions.${opinion.decision}`)
                  : asked && application.status === 'awaiting_endorsement'
                    ? t('endorse.pending')
                    : t('endorse.notAsked')}
              </span>
            </Flex>
            {opinion && (
              <div className="endorsements__detail">
                {opinion.comments && <div className="prose">{opinion.comments}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('endorse.by', {
                    name: opinion.endorserName,
                    time: formatDateTime(opinion.decidedAt, locale),
                  })}
                </Typography.Text>
                {file && (
                  <div>
                    <FileLink file={file} />
                  </div>
                )}
              </div>
            )}
          </div>
        );
      })}
      {earlier.length > 0 && (
        <details className="endorsements__history">
          <summary>{t('endorse.history', { count: earlier.length })}</summary>
          <ul>
            {earlier.map((e) => (
              <li key={`${e.round}-${e.kind}`}>
                {t('endorse.historyLine', {
                  round: e.round,
                  kind: t(`endorse.kinds.${e.kind}`),
                  decision: t(`endorse.decisions.${e.decision}`),
                  name: e.endorserName,
                  time: formatDateTime(e.decidedAt, locale),
                })}
                {e.comments && <div className="prose">{e.comments}</div>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
