import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExpertStatus } from '../../../../src/experts/core/expert.js';

const COLORS: Record<ExpertStatus, string> = { active: 'green', suspended: 'orange', disqualified: 'red' };

export function ExpertStatusTag({ status }: { status: ExpertStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`experts.statuses.${status}`)}</Tag>;
}
