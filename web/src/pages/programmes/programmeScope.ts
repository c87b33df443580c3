import { useParams } from 'react-router-dom';
import type { ApiAnswer } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';

/** An award programme of the installation, as the server publishes it. */
export type AwardProgramme = ApiAnswer<'/api/public/programmes'>['items'][number];

/**
 * The programme a public page is about (decision 0008): the one its address names under
 * `/p/<slug>/…`, or the installation's default for the addresses without a slug, which keep the
 * meaning they had before programmes existed.
 */
export function useProgrammeScope() {
  const { slug } = useParams<{ slug?: string }>();
  return {
    slug,
    /** The address of a public page within the same programme. */
    to: (path: string) => (slug ? `/p/${encodeURIComponent(slug)}${path === '/' ? '' : path}` : path),
    /** The `programme` query of the public API, when the address names one. */
    query: slug ? { programme: slug } : {},
  };
}

/** The programme record itself (name, issuer, rules in force), from the installation's list. */
export function useAwardProgramme() {
  const { slug } = useProgrammeScope();
  const list = useApi('/api/public/programmes');
  const items = list.data?.items;
  const programme = items && (slug ? items.find((p) => p.id === slug) : items[0]);
  return {
    programme,
    /** Every programme of the installation. */
    all: items ?? [],
    /** The list loaded and names no such programme. */
    missing: Boolean(items && !programme),
    error: list.error,
    reload: list.reload,
  };
}
