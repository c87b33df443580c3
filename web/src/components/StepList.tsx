import type { ReactNode } from 'react';
import './StepList.css';

export interface StepListItem {
  key: string;
  title: ReactNode;
  /** Beside the title: the article, or whether the step has happened. */
  subTitle?: ReactNode;
  content?: ReactNode;
  /** `finish` shows a tick, `wait` a muted number; `process` (the default) a highlighted number. */
  status?: 'process' | 'finish' | 'wait';
}

/**
 * Numbered steps down the page, drawn like antd's vertical Steps. The public pages use it
 * instead: antd's Steps brings its tooltip and the trigger beneath it (about 20 KB compressed)
 * into every first visit, for a list that needs neither.
 */
export function StepList({ items, size = 'default' }: { items: StepListItem[]; size?: 'default' | 'small' }) {
  return (
    <ol className={size === 'small' ? 'step-list step-list--small' : 'step-list'}>
      {items.map((item, index) => {
        const status = item.status ?? 'process';
        return (
          <li key={item.key} className={`step-list__item step-list__item--${status}`}>
            <span className="step-list__icon" aria-hidden>
              {status === 'finish' ? '✓' : index + 1}
            </span>
            <div className="step-list__body">
              <div className="step-list__title">
                <span>{item.title}</span>
                {item.subTitle && <span className="step-list__subtitle">{item.subTitle}</span>}
              </div>
              {item.content && <div className="step-list__content">{item.content}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
