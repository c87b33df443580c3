import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { useApiData } from '../api/useApiData.js';
import type { Page } from '../api/usePaging.js';

export interface SearchOption {
  value: string;
  label: string;
}

interface Props<T> extends Omit<SelectProps<string | string[], SearchOption>, 'options' | 'showSearch'> {
  /** The server list with its fixed filters (`/experts?status=active`), or null while closed. */
  path: string | null;
  toOption: (item: T) => SearchOption;
  /** Rows asked for at each keystroke: the server filters, so nothing is silently left out. */
  pageSize?: number;
}

/**
 * A select that searches the server's filtered list as one types (`search=`, a small page) instead
 * of loading one page and filtering it here; options already chosen keep their labels.
 */
export function SearchSelect<T>({ path, toOption, pageSize = 20, value, onChange, ...rest }: Props<T>) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const separator = path?.includes('?') ? '&' : '?';
  const list = useApiData<Page<T>>(
    path ? `${path}${separator}${query({ search, pageSize }).slice(1)}` : null,
  );
  const found = (list.data?.items ?? []).map(toOption);
  // Labels of the options chosen, kept when a later search no longer finds them.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const chosen = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  const kept = chosen
    .filter((v) => !found.some((o) => o.value === v))
    .map((v) => ({ value: v, label: labels[v] ?? v }));
  const more = (list.data?.total ?? 0) - found.length;
  return (
    <Select<string | string[], SearchOption>
      {...rest}
      value={value}
      onChange={(next, option) => {
        const chosenOptions = (Array.isArray(option) ? option : [option]).filter(
          (o): o is SearchOption => o !== undefined && 'label' in o,
        );
        setLabels((known) => ({
          ...known,
          ...Object.fromEntries(chosenOptions.map((o) => [o.value, o.label])),
        }));
        onChange?.(next, option);
      }}
      loading={list.loading}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      onBlur={() => setTyped('')}
      options={[...kept, ...found]}
      notFoundContent={list.loading ? undefined : rest.notFoundContent}
      popupRender={(menu) => (
        <>
          {menu}
          {more > 0 && (
            <div style={{ padding: '4px 12px', fontSize: 12 }}>
              {t('common.moreMatches', { count: more })}
            </div>
          )}
        </>
      )}
    />
  );
}
