import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import './Panel.css';

interface Props extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'default' | 'small';
  styles?: { header?: CSSProperties; body?: CSSProperties };
  children?: ReactNode;
}

/**
 * A white panel with an optional title bar, drawn like antd's Card. The public pages use it
 * instead: antd's Card brings its tabs, and with them a dropdown and menu, into every first visit.
 */
export function Panel({ title, extra, size = 'default', styles, className, children, ...rest }: Props) {
  return (
    <section
      className={['panel', size === 'small' && 'panel--small', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {(title || extra) && (
        <div className="panel__head" style={styles?.header}>
          <div className="panel__title">{title}</div>
          {extra && <div className="panel__extra">{extra}</div>}
        </div>
      )}
      <div className="panel__body" style={styles?.body}>
        {children}
      </div>
    </section>
  );
}
