import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PanelStateName } from '../../api/draws.js';

const COLORS: Record<PanelStateName, string> = { planned: 'default', frozen: 'blue', drawn: 'green' };

export function PanelStateTag({ state }: { state: PanelStateName }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]}>{t(`panels.states.${state}`)}</Tag>;
}
