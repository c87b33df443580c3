import { App as AntApp, ConfigProvider } from 'antd';
import { BrowserRouter } from 'react-router-dom';
import { ANTD_LOCALES } from './i18n/antdLocales.js';
import { useLocale } from './i18n/useLocale.js';
import { AppRoutes } from './routes.js';
import { SessionProvider } from './session/SessionProvider.js';
import { theme } from './theme/theme.js';

export function App() {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
