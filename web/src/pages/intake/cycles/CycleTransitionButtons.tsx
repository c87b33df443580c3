import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleStage } from '../../../../../src/cycles/core/cycle-stages.js';
import { cyclesApi, type Cycle } from '../../../api/intake.js';
import { asApiError } from '../../../api/useApiData.js';

/** What each move is called on its button, and whether it deserves a second look before it happens. */
const MOVES: Record<CycleStage, { primary: boolean; confirm: boolean; danger?: boolean }> = {
  criteria_approved: { primary: true, confirm: true },
  published: { primary: true, confirm: true },
  draft: { primary: false, confirm: true },
  closed: { primary: false, confirm: true, danger: true },
};

/**
 * The moves the server says the person may make on this cycle now (`transitions`): the chair
 * approves the criteria, the Office publishes, closes, or withdraws an approval to edit.
 */
export function CycleTransitionButtons({
  cycle,
  onMoved,
  size = 'small',
}: {
  cycle: Cycle;
  onMoved: (cycle: Cycle) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation('intake');
  const { message } = App.useApp();
  const [moving, setMoving] = useState<CycleStage>();

  const move = async (to: CycleStage) => {
    setMoving(to);
    try {
      const moved = await cyclesApi.move(cycle.id, to);
      void message.success(t(`cycles.moved.${to}`, { year: cycle.year }));
      onMoved(moved);
    } catch (reason) {
      const error = asApiError(reason);
      void message.error(error.clause ? `${error.message}（${error.clause}）` : error.message, 6);
    } finally {
      setMoving(undefined);
    }
  };

  if (cycle.transitions.length === 0) return null;
  return (
    <Space size="small" wrap>
      {cycle.transitions.map((to) => {
        const spec = MOVES[to];
        return (
          <Popconfirm
            key={to}
            title={t(`cycles.confirm.${to}`, { year: cycle.year })}
            okText={t(`cycles.move.${to}`)}
            cancelText={t('cancel')}
            okButtonProps={{ danger: spec.danger }}
            onConfirm={() => move(to)}
            disabled={!spec.confirm}
          >
            <Button
              size={size}
              type={spec.primary ? 'primary' : 'default'}
              danger={spec.danger}
              loading={moving === to}
              data-move={to}
            >
              {t(`cycles.move.${to}`)}
            </Button>
          </Popconfirm>
        );
      })}
    </Space>
  );
}
