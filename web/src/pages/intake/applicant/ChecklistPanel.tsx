import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../api/intake.js';
import { useLocale } from '../../../i18n/useLocale.js';

/** What is still missing, from the server's checklist; an item takes the applicant to its field. */
export function ChecklistPanel({ items, onGo }: { items: ChecklistItem[]; onGo: (field: string) => void }) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const done = items.filter((item) => item.done).length;
  return (
    <Card
      size="small"
      title={t('checklist.title')}
      extra={<span className="muted">{t('checklist.count', { done, total: items.length })}</span>}
      data-testid="checklist"
    >
      <Progress
        percent={Math.round((done / Math.max(items.length, 1)) * 100)}
        size="small"
        showInfo={false}
        aria-label={`${t('checklist.title')} ${t('checklist.count', { done, total: items.length })}`}
      />
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className="checklist__item"
              data-done={item.done}
              data-key={item.key}
              onClick={() => onGo(item.field)}
            >
              {item.done ? (
                <CheckCircleFilled
                  className="checklist__icon"
                  style={{ color: '#389e0d' }}
                  aria-label={t('checklist.done')}
                />
              ) : (
                <ExclamationCircleFilled
                  className="checklist__icon"
                  style={{ color: '#d48806' }}
                  aria-label={t('checklist.missing')}
                />
              )}
              <span>
                {local(item.label)}
                {!item.done && item.detail && <span className="checklist__detail">{local(item.detail)}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
