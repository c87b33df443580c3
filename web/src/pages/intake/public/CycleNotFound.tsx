import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/**
 * What an announcement's address shows when no published cycle has that id. A chunk of its own
 * (CycleAnnouncementPage loads it lazily): antd's Result brings its illustrations, which an
 * announcement that exists never shows.
 */
export default function CycleNotFound() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('announcement.notFound')}
      subTitle={t('announcement.notFoundText')}
      extra={<Button onClick={() => navigate('/')}>{t('announcement.backHome')}</Button>}
    />
  );
}
