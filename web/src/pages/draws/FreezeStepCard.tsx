import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawsApi, type Panel, type PublicDraw, useDrawExclusions } from '../../api/draws.js';
import { poolView } from './poolView.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { CopyableCode } from './CopyableCode.js';
import { DrawFacts } from './DrawFacts.js';
import type { PanelNames } from './usePanelNames.js';
import { PoolLists } from './PoolLists.js';

interface Props {
  panel: Panel;
  draw: PublicDraw | undefined;
  names: PanelNames;
  onChanged: () => void;
}

/**
 * Step 1: freeze the pool and publish its hash with the commitment. Before: the explanation and
 * the button (a refusal — pool too small, no leader — is shown as the server words it). After:
 * counts, both hashes to copy, and the lists with every reason for exclusion.
 */
export function FreezeStepCard({ panel, draw, names, onChanged }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [asking, setAsking] = useState(false);
  // A v2 pool publishes only its count of exclusions; the Office reads the kept list with reasons.
  const kept = useDrawExclusions(draw?.poolDocument.format === 'quality-award-draw/pool/v2' ? draw.id : null);
  const pool = draw ? poolView(draw.poolDocument, kept.data?.exclusions) : undefined;

  return (
    <Card title={t('panel.step1.title')} data-step="freeze">
      {!draw || !pool ? (
        <Flex vertical gap={12}>
          <p className="draw-explain">{t('panel.step1.explain')}</p>
          <div>
            <Button type="primary" icon={<LockOutlined />} onClick={() => setAsking(true)}>
              {t('panel.step1.action')}
            </Button>
          </div>
          <ConfirmDialog
            open={asking}
            title={t('panel.step1.confirmTitle')}
            effects={t('panel.step1.effects', { returnObjects: true })}
            okText={t('panel.step1.action')}
            send={() => drawsApi.freeze(panel.id)}
            success={t('panel.step1.frozen')}
            onDone={() => {
              setAsking(false);
              onChanged();
            }}
            onClose={() => setAsking(false)}
          />
        </Flex>
      ) : (
        <Flex vertical gap={16}>
          <DrawFacts
            items={[
              {
                key: 'at',
                label: t('panel.step1.frozenAt'),
                children: formatDateTime(draw.frozenAt, locale),
              },
              {
                key: 'eligible',
                label: t('panel.step1.eligible'),
                children: t('panel.step1.eligibleValue', {
                  count: pool.eligible.length,
                  leaders: pool.leaders,
                }),
              },
              {
                key: 'excluded',
                label: t('panel.step1.excluded'),
                children: t('panel.step1.excludedValue', { count: pool.excludedCount }),
              },
              {
                key: 'hash',
                label: t('panel.step1.poolHash'),
                children: <CopyableCode value={draw.poolHash} />,
              },
              {
                key: 'commitment',
                label: t('panel.step1.commitment'),
                children: <CopyableCode value={draw.commitment} />,
              },
            ]}
          />
          <PoolLists
            pool={pool}
            nameOf={names.expert}
            organisationName={names.organisation}
            openExcluded={!draw.drawn}
          />
        </Flex>
      )}
    </Card>
  );
}
