import { RedoOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Seat } from '../../../../src/draws/core/panel-seats.js';
import { drawsApi, type Panel, type PublicDraw } from '../../api/draws.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { SeatEventList } from './SeatEventList.js';
import type { PanelNames } from './usePanelNames.js';

const SEAT_COLORS = { invited: 'blue', confirmed: 'green', declined: 'red' } as const;

interface Props {
  panel: Panel;
  draw: PublicDraw | undefined;
  names: PanelNames;
  onChanged: () => void;
}

/**
 * The outcome with names: each seat and its answer, a declined seat filled from the reserves in
 * drawn order, the reserves, the seat history, and a redraw (with its reason) when nothing else helps.
 */
export function DrawResultCard({ panel, draw, names, onChanged }: Props) {
  const { t } = useTranslation();
  const [redrawing, setRedrawing] = useState(false);
  const drawn = draw?.drawn;
  const filling = useApiMutation((code: string) => drawsApi.replaceDeclined(panel.id, code), {
    success: (updated, code) =>
      t('panel.result.filled', {
        code: updated.draws.at(-1)?.drawn?.current.seats.find((s) => s.previous.includes(code))?.expert ?? '',
      }),
    onSuccess: onChanged,
  });
  const error = filling.failure?.error;

  const person = (code: string) => {
    const info = panel.experts[code];
    return (
      <>
        <div>
          <span style={{ fontWeight: 600 }}>
            {info?.name ?? names.expert(code) ?? t('panel.unknownExpert')}
          </span>{' '}
          <Typography.Text type="secondary" className="hash">
            {code}
          </Typography.Text>
        </div>
        {info?.employer && <Typography.Text type="secondary">{info.employer}</Typography.Text>}
      </>
    );
  };

  if (!drawn) {
    return (
      <Card title={t('panel.result.title')} data-step="result">
        <Typography.Text type="secondary">{t('panel.result.notDrawn')}</Typography.Text>
      </Card>
    );
  }

  const remaining = new Set(drawn.current.remainingReserves);
  // The leader holds seat 0, members seats 1…n.
  const seatLabel = (seat: Seat, index: number) =>
    seat.role === 'leader' ? t('panel.result.leader') : t('panel.result.member', { n: index });
  const seats = drawn.current.seats.map((seat, index) => ({ ...seat, label: seatLabel(seat, index) }));

  const actionsColumn: TableColumnType<(typeof seats)[number]> = {
    key: 'actions',
    title: t('common.actions'),
    render: (_, seat) =>
      seat.status === 'declined' ? (
        <Popconfirm
          title={t('panel.result.fillConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => filling.submit(seat.expert)}
        >
          <Button
            size="small"
            type="primary"
            icon={<SwapOutlined />}
            loading={filling.pending && filling.variables === seat.expert}
            disabled={filling.pending}
          >
            {t('panel.result.fill')}
          </Button>
        </Popconfirm>
      ) : null,
  };

  return (
    <Card
      title={t('panel.result.title')}
      data-step="result"
      extra={
        <Button danger icon={<RedoOutlined />} onClick={() => setRedrawing(true)}>
          {t('panel.redraw.action')}
        </Button>
      }
    >
      <Flex vertical gap={20}>
        {error && <ApiErrorAlert error={error} />}
        <Table<(typeof seats)[number]>
          rowKey="label"
          size="middle"
          pagination={false}
          dataSource={seats}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'seat',
              title: t('panel.result.seat'),
              render: (_, seat) =>
                seat.role === 'leader' ? <Tag color="gold">{seat.label}</Tag> : <span>{seat.label}</span>,
            },
            { key: 'expert', title: t('panel.result.expert'), render: (_, seat) => person(seat.expert) },
            {
              key: 'status',
              title: t('panel.result.status'),
              render: (_, seat) => (
                <Tag color={SEAT_COLORS[seat.status]}>{t(`panel.seatStatuses.${seat.status}`)}</Tag>
              ),
            },
            {
              key: 'previous',
              title: t('panel.result.previous'),
              responsive: ['md'],
              render: (_, seat) =>
                seat.previous.length ? (
                  <Typography.Text type="secondary">
                    {seat.previous.map(names.label).join(t('common.listSeparator'))}
                  </Typography.Text>
                ) : (
                  t('common.empty')
                ),
            },
            ...(seats.some((seat) => seat.status === 'declined') ? [actionsColumn] : []),
          ]}
        />
        <div>
          <div className="draw-subtitle">{t('panel.result.reserves')}</div>
          {drawn.outcome.reserves.length === 0 ? (
            <Typography.Text type="secondary">{t('panel.result.noReserves')}</Typography.Text>
          ) : (
            <ol className="reserve-list">
              {drawn.outcome.reserves.map((code) => (
                <li key={code}>
                  {person(code)}
                  <Tag color={remaining.has(code) ? 'default' : 'purple'}>
                    {remaining.has(code) ? t('panel.result.reserveWaiting') : t('panel.result.reserveCalled')}
                  </Tag>
                </li>
              ))}
            </ol>
          )}
        </div>
        {drawn.events.length > 0 && (
          <div>
            <div className="draw-subtitle">{t('panel.result.history')}</div>
            <SeatEventList events={drawn.events} label={names.label} />
          </div>
        )}
      </Flex>
      <RedrawModal
        open={redrawing}
        panelId={panel.id}
        onClose={() => setRedrawing(false)}
        onDone={() => {
          setRedrawing(false);
          onChanged();
        }}
      />
    </Card>
  );
}

/** A redraw freezes the pool anew with a public reason; the earlier draw stays on record. */
function RedrawModal({
  open,
  panelId,
  onClose,
  onDone,
}: {
  open: boolean;
  panelId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      open={open}
      title={t('panel.redraw.title')}
      okText={t('panel.redraw.action')}
      danger
      note={t('panel.redraw.explain')}
      noteType="warning"
      label={t('panel.redraw.reason')}
      send={(reason) => drawsApi.freeze(panelId, reason)}
      success={t('panel.redraw.done')}
      onDone={onDone}
      onClose={onClose}
    />
  );
}
