import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoringBand } from '../../../../src/scoring/framework.types.js';
import { useLocale } from '../../i18n/useLocale.js';

/** How an examiner chooses a percentage for an item (GB/Z 19579), band by band. */
export function ScoringBands({ bands }: { bands: ScoringBand[] }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  return (
    <section aria-labelledby="scoring-bands">
      <h3 id="scoring-bands" style={{ marginTop: 24 }}>
        {t('rules.bandsTitle')}
      </h3>
      <ol className="bands">
        {bands.map((band) => (
          <li key={band.minPercent} className="bands__band">
            <Tag color="geekblue" className="bands__range">
              {t('rules.bandRange', { min: band.minPercent, max: band.maxPercent })}
            </Tag>
            <div>
              <span className="bands__label">{t('rules.bandProcess')}</span>
              {local(band.process)}
            </div>
            <div>
              <span className="bands__label">{t('rules.bandResults')}</span>
              {local(band.results)}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
