import { lazy } from 'react';
import { Route } from 'react-router-dom';

/** The intake pages load on demand, like every page; so does the role guard, which only staff pages use. */
const RequireRole = lazy(() => import('../auth/RequireRole.js').then((m) => ({ default: m.RequireRole })));
const CycleAnnouncementPage = lazy(() => import('./public/CycleAnnouncementPage.js'));
const RegisterPage = lazy(() => import('./public/RegisterPage.js'));
const CyclesPage = lazy(() => import('./cycles/CyclesPage.js'));
const CycleFormPage = lazy(() => import('./cycles/CycleFormPage.js'));
const ApplicationPage = lazy(() => import('./applicant/ApplicationPage.js'));
const EndorsementQueuePage = lazy(() => import('./endorse/EndorsementQueuePage.js'));
const EndorsementReviewPage = lazy(() => import('./endorse/EndorsementReviewPage.js'));
const ApplicationsPage = lazy(() => import('./check/ApplicationsPage.js'));
const ApplicationRoute = lazy(() => import('./ApplicationRoute.js'));

/** Public: the year's announcement (Art. 13) and the organisation's registration. */
export const intakePublicRoutes = (
  <>
    <Route path="cycles/:id" element={<CycleAnnouncementPage />} />
    <Route path="register" element={<RegisterPage />} />
  </>
);

/** Workspace: cycles (Office, chair), the application (applicant), endorsements, the preliminary check. */
export const intakeWorkspaceRoutes = (
  <>
    <Route
      path="cycles"
      element={
        <RequireRole page="cycles">
          <CyclesPage />
        </RequireRole>
      }
    />
    <Route
      path="cycles/:id"
      element={
        <RequireRole page="cycles">
          <CycleFormPage />
        </RequireRole>
      }
    />
    <Route
      path="application"
      element={
        <RequireRole page="application">
          <ApplicationPage />
        </RequireRole>
      }
    />
    <Route
      path="endorsements"
      element={
        <RequireRole page="endorsements">
          <EndorsementQueuePage />
        </RequireRole>
      }
    />
    <Route
      path="endorsements/:id"
      element={
        <RequireRole page="endorsements">
          <EndorsementReviewPage />
        </RequireRole>
      }
    />
    <Route
      path="applications"
      element={
        <RequireRole page="applications">
          <ApplicationsPage />
        </RequireRole>
      }
    />
    {/* The Office's preliminary check, or a drawn expert's reader: the server's rule decides. */}
    <Route path="applications/:id" element={<ApplicationRoute />} />
  </>
);
