import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';

/** One page of a server list: the rows, and how many there are in all pages. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The page a table shows, fetched from the server (`page`, `pageSize` query parameters). A new
 * `filterKey` (the filters as a string) goes back to the first page.
 */
export function usePaging(filterKey: string, defaultPageSize = 20) {
  const [state, setState] = useState({ key: filterKey, page: 1, pageSize: defaultPageSize });
  const page = state.key === filterKey ? state.page : 1;
  const { pageSize } = state;
  return {
    params: { page, pageSize },
    pagination: (total: number | undefined, extra: TablePaginationConfig = {}): TablePaginationConfig => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      hideOnSinglePage: total !== undefined && total <= 10,
      onChange: (next, size) =>
        setState({ key: filterKey, page: size === pageSize ? next : 1, pageSize: size }),
      ...extra,
    }),
  };
}
