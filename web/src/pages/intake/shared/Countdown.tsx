import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useServerNow } from './useServerNow.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Time left until a deadline, measured on the server's clock: "还剩 12 天 03:04:05", or "已截止". */
export function Countdown({
  deadline,
  serverTime,
  size = 'default',
}: {
  deadline: string;
  serverTime: string | undefined;
  size?: 'default' | 'large';
}) {
  const { t } = useTranslation('intake');
  const now = useServerNow(serverTime);
  if (now === undefined) return null;
  // Deadlines hold to the second: the whole deadline second is still in time.
  const left = Math.floor(Date.parse(deadline) / 1000) - Math.floor(now / 1000);
  const className = `countdown countdown--${size}`;
  if (left < 0) {
    return (
      <span className={`${className} countdown--over`} role="timer">
        {t('countdown.over')}
      </span>
    );
  }
  const days = Math.floor(left / 86_400);
  const hms = `${pad(Math.floor((left % 86_400) / 3600))}:${pad(Math.floor((left % 3600) / 60))}:${pad(left % 60)}`;
  return (
    <span className={className} role="timer" aria-live="off">
      <ClockCircleOutlined aria-hidden /> {t('countdown.left', { days, hms })}
    </span>
  );
}
