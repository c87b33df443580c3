import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext.js';

/** The confidentiality and impartiality undertaking (Art. 25) as a readable document. */
export function Undertaking({ year }: { year: number | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const clauses = t('undertaking.clauses', { returnObjects: true });
  return (
    <article className="undertaking" aria-labelledby="undertaking-title" tabIndex={0}>
      <h2 className="undertaking__title" id="undertaking-title">
        {t('undertaking.title')}
      </h2>
      <p>{t('undertaking.intro', { year: year ?? '' })}</p>
      <ol>
        {clauses.map((clause) => (
          <li key={clause}>{clause}</li>
        ))}
      </ol>
      <p>{t('undertaking.closing')}</p>
      <p className="undertaking__signatory">
        {t('undertaking.signatory', { name: session?.user?.displayName ?? '' })}
      </p>
    </article>
  );
}
