import { lazy } from 'react';
import { mayOpen } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';
import { RequireRole } from '../auth/RequireRole.js';

const PreliminaryCheckPage = lazy(() => import('./check/PreliminaryCheckPage.js'));
const ExpertApplicationPage = lazy(() => import('../experts/ExpertApplicationPage.js'));

/**
 * /app/applications/:id is one application, opened by whoever the server lets read it: the
 * Office gets the preliminary check; an expert the reader, where the server's record-level rule
 * (a confirmed seat on its panel and the undertaking accepted, Art. 25) decides what is shown.
 * Anyone else is told which roles the page is for.
 */
export default function ApplicationRoute() {
  const { session } = useSession();
  if (mayOpen(session?.user, 'applications')) return <PreliminaryCheckPage />;
  if (mayOpen(session?.user, 'invitations')) return <ExpertApplicationPage />;
  return (
    <RequireRole page="applications">
      <PreliminaryCheckPage />
    </RequireRole>
  );
}
