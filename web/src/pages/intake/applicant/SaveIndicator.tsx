import {
  CheckOutlined,
  CloudUploadOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
} from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingWall } from '../shared/beijingTime.js';
import type { SaveState } from './useApplicationDraft.js';

/** "已保存 14:03:21" and its siblings, beside the page title. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('intake');
  switch (state.kind) {
    case 'idle':
      return <span className="save-state">{t('save.idle')}</span>;
    case 'pending':
      return (
        <span className="save-state" role="status">
          <CloudUploadOutlined aria-hidden /> {t('save.pending')}
        </span>
      );
    case 'saving':
      return (
        <span className="save-state" role="status">
          <LoadingOutlined aria-hidden /> {t('save.saving')}
        </span>
      );
    case 'saved':
      return (
        <span className="save-state" role="status" data-testid="saved-at">
          <CheckOutlined aria-hidden style={{ color: '#389e0d' }} />{' '}
          {t('save.saved', { time: beijingWall(state.at).time })}
        </span>
      );
    case 'conflict':
      return (
        <span className="save-state save-state--error" role="status">
          <ExclamationCircleOutlined aria-hidden /> {t('save.reloaded', { time: beijingWall(state.at).time })}
        </span>
      );
    case 'error':
      return (
        <span className="save-state save-state--error" role="alert">
          <Tooltip title={state.error.message}>
            <ExclamationCircleOutlined aria-hidden /> {t('save.failed')}
          </Tooltip>{' '}
          <Button size="small" type="link" onClick={onRetry} style={{ padding: 0 }}>
            {t('retry')}
          </Button>
        </span>
      );
  }
}
