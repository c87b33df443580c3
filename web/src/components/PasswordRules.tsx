import type { LocalizedText } from '../../../src/platform/i18n/localized.js';
import { useApi } from '../api/useApi.js';
import { useLocale } from '../i18n/useLocale.js';

const TITLE: LocalizedText = { zh: '密码规则', en: 'Password rules' };

/**
 * The password rules, shown before anyone types: the server's own policy and wording
 * (GET /api/auth/password-rules), so the form never promises other rules than it applies.
 */
export function PasswordRules({ id }: { id?: string }) {
  const { local } = useLocale();
  const rules = useApi('/api/auth/password-rules');
  if (!rules.data) return null;
  return (
    <div className="password-rules" id={id} data-testid="password-rules">
      <strong>{local(TITLE)}</strong>
      <ul>
        {rules.data.rules.map((rule) => (
          <li key={rule.en}>{local(rule)}</li>
        ))}
      </ul>
    </div>
  );
}
