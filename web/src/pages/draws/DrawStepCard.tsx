import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { drawsApi, type Panel, type PublicDraw } from '../../api/draws.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { applyFieldErrors } from '../../components/fieldErrors.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { CopyableCode } from './CopyableCode.js';
import { DrawFacts } from './DrawFacts.js';

interface Values {
  publicValue: string;
  supervisorName: string;
}

interface Props {
  panel: Panel;
  draw: PublicDraw | undefined;
  onChanged: () => void;
}

/**
 * Step 2: the supervising official's public value (fixed only after the commitment) and name,
 * then the draw. Afterwards: the value, the supervisor, the revealed secret and the seed.
 */
export function DrawStepCard({ panel, draw, onChanged }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [drawing, setDrawing] = useState(false);

  const send = async (values: Values) => {
    setDrawing(true);
    setError(undefined);
    try {
      await drawsApi.draw(panel.id, values.publicValue, values.supervisorName.trim());
      void message.success(t('panel.step2.drawn'));
      form.resetFields();
      onChanged();
    } catch (reason) {
      const apiError = asApiError(reason);
      setError({
        error: apiError,
        unplaced: applyFieldErrors(form, apiError, ['publicValue', 'supervisorName']),
      });
      // Someone else drew it a moment ago: show their result.
      if (apiError.code === 'draw/already-drawn') onChanged();
    } finally {
      setDrawing(false);
    }
  };

  const submit = (values: Values) =>
    modal.confirm({
      title: t('panel.step2.confirm'),
      content: <div className="hash">{values.publicValue}</div>,
      okText: t('panel.step2.action'),
      cancelText: t('common.cancel'),
      onOk: () => send(values),
    });

  const drawn = draw?.drawn;
  return (
    <Card title={t('panel.step2.title')} data-step="draw">
      {!draw && <Alert type="info" title={t('panel.step2.waiting')} />}
      {draw && !drawn && (
        <>
          <p className="draw-explain">{t('panel.step2.explain')}</p>
          {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
          <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
            <Form.Item
              name="publicValue"
              label={t('panel.step2.publicValue')}
              extra={t('panel.step2.publicValueHelp')}
              rules={[{ required: true, whitespace: true, message: t('panel.step2.publicValueRequired') }]}
            >
              <Input placeholder={t('panel.step2.publicValuePlaceholder')} maxLength={200} showCount />
            </Form.Item>
            <Form.Item
              name="supervisorName"
              label={t('panel.step2.supervisor')}
              rules={[
                { required: true, whitespace: true, message: t('panel.step2.supervisorRequired') },
                { min: 2, message: t('panel.step2.supervisorRequired') },
              ]}
            >
              <Input placeholder={t('panel.step2.supervisorPlaceholder')} maxLength={100} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<ThunderboltOutlined />} loading={drawing}>
              {t('panel.step2.action')}
            </Button>
          </Form>
        </>
      )}
      {drawn && (
        <DrawFacts
          items={[
            { key: 'value', label: t('panel.step2.publicValue'), children: drawn.publicValue },
            { key: 'supervisor', label: t('panel.step2.supervisorLabel'), children: drawn.supervisorName },
            { key: 'at', label: t('panel.step2.drawnAt'), children: formatDateTime(drawn.drawnAt, locale) },
            {
              key: 'secret',
              label: t('panel.step2.secret'),
              children: <CopyableCode value={drawn.secret} />,
            },
            { key: 'seed', label: t('panel.step2.seed'), children: <CopyableCode value={drawn.seed} /> },
          ]}
        />
      )}
    </Card>
  );
}
