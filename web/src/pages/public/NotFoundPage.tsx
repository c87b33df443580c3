import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../layout/usePageTitle.js';
import './public.css';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  const navigate = useNavigate();
  return (
    <Result
      icon={
        <div className="not-found-code" aria-hidden="true">
          404
        </div>
      }
      title={t('notFound.title')}
      subTitle={t('notFound.lead')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.backHome')}
        </Button>
      }
    />
  );
}
