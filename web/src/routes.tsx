import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoadingState } from './layout/LoadingState.js';
import { PublicLayout } from './layout/PublicLayout.js';
import { intakePublicRoutes } from './pages/intake/intakeRoutes.js';

/**
 * Every page loads on demand, so a first visit downloads only what it shows: the entry holds the
 * shell (header, footer, session, i18n) and the route table; the staff workspace is one more chunk.
 */
const named = <K extends string>(module: Promise<Record<K, ComponentType>>, name: K) =>
  module.then((m) => ({ default: m[name] }));
const HomePage = lazy(() => named(import('./pages/public/HomePage.js'), 'HomePage'));
const NotFoundPage = lazy(() => named(import('./pages/public/NotFoundPage.js'), 'NotFoundPage'));
const RulesPage = lazy(() => import('./pages/public/RulesPage.js'));
const SignInPage = lazy(() => import('./pages/auth/SignInPage.js'));
const ActivatePage = lazy(() => import('./pages/auth/ActivatePage.js'));
const ResetPasswordPage = lazy(() => import('./pages/auth/ResetPasswordPage.js'));
const PublicDrawsPage = lazy(() => import('./pages/draws/PublicDrawsPage.js'));
const PublicDrawPage = lazy(() => import('./pages/draws/PublicDrawPage.js'));
const WorkspaceRoutes = lazy(() => import('./WorkspaceRoutes.js'));
const ProgrammesPage = lazy(() => import('./pages/programmes/ProgrammesPage.js'));
const CycleAnnouncementPage = lazy(() => import('./pages/intake/public/CycleAnnouncementPage.js'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="rules" element={<RulesPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="activate" element={<ActivatePage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        {intakePublicRoutes}
        <Route path="draws" element={<PublicDrawsPage />} />
        <Route path="draws/:id" element={<PublicDrawPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The installation's programmes, and each one's public pages under its slug (decision 0008). */}
      <Route path="p" element={<PublicLayout />}>
        <Route index element={<ProgrammesPage />} />
      </Route>
      <Route path="p/:slug" element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="rules" element={<RulesPage />} />
        <Route path="cycles/:id" element={<CycleAnnouncementPage />} />
        <Route path="draws" element={<PublicDrawsPage />} />
        <Route path="draws/:id" element={<PublicDrawPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        path="app/*"
        element={
          <Suspense fallback={<LoadingState />}>
            <WorkspaceRoutes />
          </Suspense>
        }
      />
    </Routes>
  );
}
