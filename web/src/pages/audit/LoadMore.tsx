import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Load more" under a newest-first log, or a note that everything is shown. */
export function LoadMore({
  hasMore,
  loading,
  onLoad,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ marginTop: 16 }}>
      {hasMore ? (
        <Button loading={loading} onClick={onLoad}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}
