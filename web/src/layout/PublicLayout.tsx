import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { LoadingState } from './LoadingState.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';
import { useFocusableScrollRegions } from './useFocusableScrollRegions.js';

/** Pages anyone may read: home, rules, sign-in, not found. */
export function PublicLayout() {
  useFocusableScrollRegions();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
      <SiteHeader />
      <main className="public-main" id="main">
        <div className="page-width">
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
