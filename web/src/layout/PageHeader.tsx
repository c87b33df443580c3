import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle.js';
import '../components/Panel.css';

/** Title, one-line purpose and optional actions at the top of a page. */
export function PageHeader({ title, lead, extra }: { title: string; lead?: string; extra?: ReactNode }) {
  usePageTitle(title);
  return (
    <div
      className="page-header"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}
    >
      <div style={{ flex: '1 1 320px' }}>
        <h1 className="page-title">{title}</h1>
        {lead && <p className="page-header__lead">{lead}</p>}
      </div>
      {extra}
    </div>
  );
}
