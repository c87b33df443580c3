import { useEffect, useState } from 'react';
import { expertsApi, type ApplicationHeading } from '../../api/experts.js';

/**
 * The applicant behind each application id, read from the application itself (the expert may open
 * it once the undertaking is accepted). Ids that cannot be read are left out: the page then links
 * them by number.
 */
export function useApplicationHeadings(ids: readonly string[]): Map<string, ApplicationHeading> {
  const key = ids.join(',');
  const [loaded, setLoaded] = useState<{ key: string; headings: Map<string, ApplicationHeading> }>({
    key: '',
    headings: new Map(),
  });

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void Promise.all(
      key.split(',').map((id) =>
        expertsApi.application(id).then(
          (heading) => [id, heading] as const,
          () => undefined,
        ),
      ),
    ).then((results) => {
      if (cancelled) return;
      const headings = new Map(results.filter((r) => r !== undefined));
      setLoaded({ key, headings });
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return loaded.key === key ? loaded.headings : new Map();
}
