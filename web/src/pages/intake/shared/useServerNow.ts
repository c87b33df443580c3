import { useEffect, useState } from 'react';

/**
 * The server's clock, ticking every second: the offset between the server's time (sent with the
 * data) and this device is measured once, so a wrong clock on the device does not move a deadline.
 * Undefined until the first tick.
 */
export function useServerNow(serverTime: string | undefined): number | undefined {
  const [now, setNow] = useState<number>();
  useEffect(() => {
    if (!serverTime) return;
    const offset = Date.parse(serverTime) - Date.now();
    const tick = () => setNow(Date.now() + offset);
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [serverTime]);
  return now;
}
