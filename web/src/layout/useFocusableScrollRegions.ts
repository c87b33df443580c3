import { useEffect } from 'react';

/** The parts antd lets scroll sideways or down inside a page: table bodies and the like. */
const SCROLLERS = '.ant-table-content, .ant-table-body, .plain-table, .json-block, .ant-drawer-body';

/**
 * A region that scrolls must be reachable by keyboard (WCAG 2.1.1), even when it holds nothing
 * focusable (a table of text on a phone): each scroller that actually overflows takes tab focus,
 * and gives it back once it fits again.
 */
export function useFocusableScrollRegions(): void {
  useEffect(() => {
    let queued = false;
    const update = () => {
      queued = false;
      for (const element of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
        const overflows =
          element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
        if (overflows && !element.hasAttribute('tabindex')) {
          element.tabIndex = 0;
          element.dataset.scrollFocus = 'true';
        } else if (!overflows && element.dataset.scrollFocus) {
          element.removeAttribute('tabindex');
          delete element.dataset.scrollFocus;
        }
      }
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, []);
}
