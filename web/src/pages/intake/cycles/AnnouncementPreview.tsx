import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationWindow } from '../../../../../src/cycles/core/cycle-stages.js';
import type { Cycle } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { CycleAnnouncement } from '../public/CycleAnnouncementPage.js';

/**
 * Before publishing, the Office sees the announcement exactly as the public page will show it:
 * the same component, fed the cycle as it would be once published now (its window reckoned from
 * its dates on the server's clock), its buttons inert.
 */
export function AnnouncementPreview({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('intake');
  const [open, setOpen] = useState(false);
  const clock = useApi('/api/public/cycles', open ? undefined : null);
  const serverTime = clock.data?.serverTime;
  const published = serverTime ? asPublished(cycle, new Date(serverTime)) : undefined;
  return (
    <>
      <Button icon={<EyeOutlined />} onClick={() => setOpen(true)}>
        {t('criteriaReview.preview')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('criteriaReview.previewTitle', { year: cycle.year })}
        size="min(1200px, 100vw)"
        styles={{ body: { background: '#f3f4f6' } }}
        closable={{ 'aria-label': t('criteriaReview.close') }}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('criteriaReview.previewNote')} />
        {published && serverTime && <CycleAnnouncement cycle={published} serverTime={serverTime} preview />}
      </Drawer>
    </>
  );
}

function asPublished(cycle: Cycle, now: Date): Cycle {
  const window = applicationWindow(
    {
      stage: 'published',
      rulesVersionId: cycle.rulesVersionId,
      frameworkId: cycle.frameworkId,
      announcementDate: cycle.announcementDate,
      applicationDeadline: new Date(cycle.applicationDeadline),
    },
    now,
  );
  return { ...cycle, stage: 'published', window, publishedAt: now.toISOString() };
}
