import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleStage } from '../../../../../src/cycles/core/cycle-stages.js';
import { cyclesApi, type Cycle } from '../../../api/intake.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { articleLabel } from '../../../i18n/articleLabel.js';
import { useLocale } from '../../../i18n/useLocale.js';

/** What each move is called on its button, the article it rests on, and whether it is a warning. */
const MOVES: Record<CycleStage, { primary: boolean; article: number; danger?: boolean }> = {
  criteria_approved: { primary: true, article: 5 },
  published: { primary: true, article: 13 },
  draft: { primary: false, article: 5 },
  closed: { primary: false, article: 14, danger: true },
};

/**
 * The moves the server says the person may make on this cycle now (`transitions`): the chair
 * approves the criteria or withdraws the approval, the Office publishes or closes. Each is
 * confirmed first, saying what it will do.
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
  const { local } = useLocale();
  const [asked, setAsked] = useState<CycleStage>();

  if (cycle.transitions.length === 0) return null;
  const spec = asked && MOVES[asked];
  return (
    <>
      <Space size="small" wrap>
        {cycle.transitions.map((to) => (
          <Button
            key={to}
            size={size}
            type={MOVES[to].primary ? 'primary' : 'default'}
            danger={MOVES[to].danger}
            data-move={to}
            onClick={() => setAsked(to)}
          >
            {t(`cycles.move.${to}`)}
          </Button>
        ))}
      </Space>
      {asked && spec && (
        <ConfirmDialog<Cycle>
          open
          title={t(`cycles.confirm.${asked}`, { year: cycle.year })}
          effects={t(`cycles.effects.${asked}`, { returnObjects: true, year: cycle.year })}
          clause={local(articleLabel({ article: spec.article }))}
          irreversible={asked === 'published' || asked === 'closed'}
          okText={t(`cycles.move.${asked}`)}
          danger={spec.danger}
          send={() => cyclesApi.move(cycle.id, asked)}
          success={t(`cycles.moved.${asked}`, { year: cycle.year })}
          onDone={(moved) => {
            setAsked(undefined);
            onMoved(moved);
          }}
          onClose={() => setAsked(undefined)}
        />
      )}
    </>
  );
}
