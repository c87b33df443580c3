import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './PlainTable.css';

export interface PlainColumn<Row> {
  key: string;
  title: ReactNode;
  render: (row: Row) => ReactNode;
  align?: 'left' | 'right';
  width?: number | string;
  /** Shown from the `md` breakpoint (768 px) up, like antd's `responsive: ['md']`. */
  wideOnly?: boolean;
}

interface Props<Row> {
  columns: PlainColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** Said in the one cell of an empty table. */
  emptyText?: ReactNode;
  /** Cells of a closing row (a total), each spanning the columns given. */
  summary?: { content: ReactNode; colSpan: number; align?: 'left' | 'right' }[];
  /** Rows per page; the pager shows only when there is more than one page. */
  pageSize?: number;
  /**
   * The server pages: `rows` are already one page of `total` (the shape of usePaging's
   * `pagination(total)`, so a table can switch between antd's Table and this one).
   */
  pagination?: {
    current?: number;
    pageSize?: number;
    total?: number;
    onChange?: (page: number, pageSize: number) => void;
  };
  size?: 'small' | 'middle';
}

/**
 * A plain semantic <table> for the public pages, which only show rows: antd's Table (sorting,
 * virtual scrolling, selection, its pager's select) would triple what a visitor downloads. It
 * scrolls sideways inside its frame on narrow screens (the frame takes focus when it does).
 */
export function PlainTable<Row>({
  columns,
  rows,
  rowKey,
  rowClassName,
  emptyText,
  summary,
  pageSize,
  pagination,
  size = 'small',
}: Props<Row>) {
  const { t } = useTranslation();
  const [localPage, setLocalPage] = useState(1);
  const server = pagination?.pageSize ? { ...pagination, pageSize: pagination.pageSize } : undefined;
  const pages = server
    ? Math.max(1, Math.ceil((server.total ?? 0) / server.pageSize))
    : pageSize
      ? Math.max(1, Math.ceil(rows.length / pageSize))
      : 1;
  const current = Math.min(server ? (server.current ?? 1) : localPage, pages);
  const shown = server || !pageSize ? rows : rows.slice((current - 1) * pageSize, current * pageSize);
  const setPage = (next: number) => (server ? server.onChange?.(next, server.pageSize) : setLocalPage(next));
  const cellClass = (column: PlainColumn<Row>) =>
    [column.align === 'right' && 'plain-table__cell--right', column.wideOnly && 'plain-table__cell--wide']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <>
      <div className={`plain-table plain-table--${size}`}>
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={cellClass(column)}
                  style={{ width: column.width }}
                >
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="plain-table__empty">
                  {emptyText ?? t('common.empty')}
                </td>
              </tr>
            )}
            {shown.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={cellClass(column)}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {summary && (
            <tfoot>
              <tr>
                {summary.map((cell, index) => (
                  <td
                    key={index}
                    colSpan={cell.colSpan}
                    className={cell.align === 'right' ? 'plain-table__cell--right' : undefined}
                  >
                    {cell.content}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {pages > 1 && (
        <nav className="plain-table__pager" aria-label={t('common.pagination')}>
          <Button size="small" disabled={current <= 1} onClick={() => setPage(current - 1)}>
            {t('common.previousPage')}
          </Button>
          <span aria-live="polite">{t('common.pageOf', { page: current, pages })}</span>
          <Button size="small" disabled={current >= pages} onClick={() => setPage(current + 1)}>
            {t('common.nextPage')}
          </Button>
        </nav>
      )}
    </>
  );
}
