import { useTranslation } from 'react-i18next';
import type { ShownSeatEvent } from '../../api/draws.js';
import { DotList } from '../../components/DotList.js';

/** What happened to the seats after the draw, appended in order: confirmations, declines, replacements. */
export function SeatEventList({
  events,
  label,
}: {
  events: ShownSeatEvent[];
  label?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const name = label ?? ((code: string) => code);
  return (
    <DotList
      items={events.map((event, index) => ({
        key: index,
        color: event.kind === 'confirmed' ? 'green' : event.kind === 'declined' ? 'red' : ('blue' as const),
        content:
          event.kind === 'replaced'
            ? t('draws.events.replaced', { expert: name(event.expert), replacement: name(event.replacement) })
            : event.kind === 'declined'
              ? event.reason === undefined
                ? t('draws.events.declinedPublic', { expert: name(event.expert) })
                : t('draws.events.declined', { expert: name(event.expert), reason: event.reason })
              : t('draws.events.confirmed', { expert: name(event.expert) }),
      }))}
    />
  );
}
