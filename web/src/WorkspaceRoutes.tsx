import { App as AntApp } from 'antd';
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { QueryApiData } from './api/queryApiData.js';
import { WorkspaceLayout } from './layout/WorkspaceLayout.js';
import { RequireRole } from './pages/auth/RequireRole.js';
import { RequireSession } from './pages/auth/RequireSession.js';
import { intakeWorkspaceRoutes } from './pages/intake/intakeRoutes.js';
import { NotFoundPage } from './pages/public/NotFoundPage.js';

/** Each staff page loads on demand too, when it is first opened. */
const WorkspaceHome = lazy(() => import('./pages/workspace/WorkspaceHome.js'));
const AccountPage = lazy(() => import('./pages/account/AccountPage.js'));
const AccountsPage = lazy(() => import('./pages/admin/AccountsPage.js'));
const ReferencePage = lazy(() => import('./pages/admin/ReferencePage.js'));
const RoleGrantsPage = lazy(() => import('./pages/admin/RoleGrantsPage.js'));
const OrganisationResetPage = lazy(() => import('./pages/admin/OrganisationResetPage.js'));
const AuditTrailPage = lazy(() => import('./pages/audit/AuditTrailPage.js'));
const AccessLogPage = lazy(() => import('./pages/audit/AccessLogPage.js'));
const ExpertsPage = lazy(() => import('./pages/experts/ExpertsPage.js'));
const ConflictsPage = lazy(() => import('./pages/experts/ConflictsPage.js'));
const InvitationsPage = lazy(() => import('./pages/experts/InvitationsPage.js'));
const PanelsPage = lazy(() => import('./pages/draws/PanelsPage.js'));
const PanelPage = lazy(() => import('./pages/draws/PanelPage.js'));
const RulesVersionsPage = lazy(() => import('./pages/rules/RulesVersionsPage.js'));
const RulesVersionPage = lazy(() => import('./pages/rules/RulesVersionPage.js'));

/**
 * The staff workspace under /app: its layout (side menu, drawer), the session and role guards and
 * every staff page. Loaded as one chunk on the first visit to /app, so the public pages never carry it;
 * it brings antd's `App`, whose message and modal hooks the staff pages use, and the query cache
 * (TanStack Query) through which the staff pages' useApiData reads.
 */
export default function WorkspaceRoutes() {
  return (
    <QueryApiData>
      <AntApp>
        <Routes>
          <Route
            element={
              <RequireSession>
                <WorkspaceLayout />
              </RequireSession>
            }
          >
            <Route index element={<WorkspaceHome />} />
            <Route path="account" element={<AccountPage />} />
            <Route
              path="admin/accounts"
              element={
                <RequireRole page="accounts">
                  <AccountsPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/reference"
              element={
                <RequireRole page="reference">
                  <ReferencePage />
                </RequireRole>
              }
            />
            <Route
              path="organisation-reset"
              element={
                <RequireRole page="orgReset">
                  <OrganisationResetPage />
                </RequireRole>
              }
            />
            <Route
              path="role-grants"
              element={
                <RequireRole page="roleGrants">
                  <RoleGrantsPage />
                </RequireRole>
              }
            />
            <Route
              path="audit"
              element={
                <RequireRole page="audit">
                  <AuditTrailPage />
                </RequireRole>
              }
            />
            <Route
              path="access-log"
              element={
                <RequireRole page="accessLog">
                  <AccessLogPage />
                </RequireRole>
              }
            />
            <Route
              path="experts"
              element={
                <RequireRole page="experts">
                  <ExpertsPage />
                </RequireRole>
              }
            />
            <Route
              path="conflicts"
              element={
                <RequireRole page="conflicts">
                  <ConflictsPage />
                </RequireRole>
              }
            />
            <Route
              path="panels"
              element={
                <RequireRole page="panels">
                  <PanelsPage />
                </RequireRole>
              }
            />
            <Route
              path="panels/:id"
              element={
                <RequireRole page="panels">
                  <PanelPage />
                </RequireRole>
              }
            />
            <Route
              path="invitations"
              element={
                <RequireRole page="invitations">
                  <InvitationsPage />
                </RequireRole>
              }
            />
            <Route
              path="rules-versions"
              element={
                <RequireRole page="rulesVersions">
                  <RulesVersionsPage />
                </RequireRole>
              }
            />
            <Route
              path="rules-versions/:id"
              element={
                <RequireRole page="rulesVersions">
                  <RulesVersionPage />
                </RequireRole>
              }
            />
            {intakeWorkspaceRoutes}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AntApp>
    </QueryApiData>
  );
}
