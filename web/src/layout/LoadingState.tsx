import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="center-state" role="status">
      <Spin size="large" description={label ?? t('common.loading')} />
    </div>
  );
}
