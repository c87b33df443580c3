import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawsApi, type Panel, type PublicDraw } from '../../api/draws.js';
import { failureOf, type MutationFailure } from '../../api/mutationState.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
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
  const [form] = Form.useForm<Values>();
  const [asked, setAsked] = useState<Values>();
  const [refusal, setRefusal] = useState<MutationFailure>();
  const fields = ['publicValue', 'supervisorName'];

  const drawn = draw?.drawn;
  return (
    <Card title={t('panel.step2.title')} data-step="draw">
      {!draw && <Alert type="info" title={t('panel.step2.waiting')} />}
      {draw && !drawn && (
        <>
          <p className="draw-explain">{t('panel.step2.explain')}</p>
          {refusal && <ApiErrorAlert error={refusal.error} unplaced={refusal.unplaced} />}
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(values) => {
              setRefusal(undefined);
              setAsked(values);
            }}
            style={{ maxWidth: 640 }}
          >
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
            <Button type="primary" htmlType="submit" icon={<ThunderboltOutlined />}>
              {t('panel.step2.action')}
            </Button>
          </Form>
          <ConfirmDialog
            open={Boolean(asked)}
            title={t('panel.step2.confirmTitle')}
            effects={t('panel.step2.effects', { returnObjects: true, value: asked?.publicValue ?? '' })}
            okText={t('panel.step2.action')}
            send={() => drawsApi.draw(panel.id, asked!.publicValue, asked!.supervisorName.trim())}
            success={t('panel.step2.drawn')}
            onDone={() => {
              setAsked(undefined);
              form.resetFields();
              onChanged();
            }}
            onRefused={(failure) => {
              // A field the server refused goes back to the form, shown on the field.
              const split = failureOf(failure.error, fields);
              if (split.fieldErrors.length > 0) {
                form.setFields(split.fieldErrors as never);
                setRefusal(split);
                setAsked(undefined);
              }
              // Someone else drew it a moment ago: show their result.
              if (failure.error.code === 'draw/already-drawn') onChanged();
            }}
            onClose={() => setAsked(undefined)}
          />
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
