import { RedoOutlined, SwapOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type TableColumnType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Seat } from '../../../../src/draws/core/panel-seats.js';
import type { ApiError } from '../../api/client.js';
import { drawsApi, type Panel, type PublicDraw } from '../../api/draws.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
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
  const { message } = App.useApp();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<string>();
  const [redrawing, setRedrawing] = useState(false);
  const drawn = draw?.drawn;

  const fill = async (code: string) => {
    setBusy(code);
    setError(undefined);
    try {
      const updated = await drawsApi.replaceDeclined(panel.id, code);
      const seat = updated.draws.at(-1)?.drawn?.current.seats.find((s) => s.previous.includes(code));
      void message.success(t('panel.result.filled', { code: seat?.expert ?? '' }));
      onChanged();
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setBusy(undefined);
    }
  };

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
          onConfirm={() => void fill(seat.expert)}
        >
          <Button size="small" type="primary" icon={<SwapOutlined />} loading={busy === seat.expert}>
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
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setError(undefined);
    try {
      await drawsApi.freeze(panelId, reason.trim());
      void message.success(t('panel.redraw.done'));
      form.resetFields();
      onDone();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('panel.redraw.title')}
      okText={t('panel.redraw.action')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        form.resetFields();
        onClose();
      }}
      forceRender
    >
      <Alert type="warning" showIcon title={t('panel.redraw.explain')} style={{ marginBottom: 16 }} />
      {error && <ApiErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label={t('panel.redraw.reason')}
          rules={[{ required: true, whitespace: true, message: t('panel.redraw.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
