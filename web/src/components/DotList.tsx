import type { ReactNode } from 'react';
import './DotList.css';

export interface DotListItem {
  key: string | number;
  color: 'blue' | 'green' | 'red';
  content: ReactNode;
}

/**
 * Entries in order down a line, each with a coloured dot, drawn like antd's Timeline. The public
 * pages use it instead: antd 6 builds its Timeline on Steps, which brings the tooltip and its
 * trigger (about 20 KB compressed) into every first visit.
 */
export function DotList({ items }: { items: DotListItem[] }) {
  return (
    <ul className="dot-list">
      {items.map((item) => (
        <li key={item.key} className={`dot-list__item dot-list__item--${item.color}`}>
          <span className="dot-list__dot" aria-hidden />
          <div className="dot-list__content">{item.content}</div>
        </li>
      ))}
    </ul>
  );
}
