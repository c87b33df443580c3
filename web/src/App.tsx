import { ConfigProvider } from 'antd';
import { BrowserRouter } from 'react-router-dom';
import { antdLocale } from './i18n/i18n.js';
import { useLocale } from './i18n/useLocale.js';
import { AppRoutes } from './routes.js';
import { SessionProvider } from './session/SessionProvider.js';
import { theme } from './theme/theme.js';

/**
 * The shell every page shares. antd's `App` (message, notification and modal hooks) is not here:
 * the public pages use none of it, so the staff workspace chunk brings its own (WorkspaceRoutes).
 */
export function App() {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={antdLocale(locale)} theme={theme}>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </ConfigProvider>
  );
}
