import { useTranslation } from 'react-i18next';
import type { ProgrammeVersion } from '../../../../src/programmes/programme.types.js';
import { articleLabel, chapterLabel } from '../../i18n/articleLabel.js';
import { useLocale } from '../../i18n/useLocale.js';
import { Panel } from '../../components/Panel.js';

/** Every chapter and article of the founding document, each with what the platform does for it. */
export function ProgrammeArticles({ programme }: { programme: ProgrammeVersion }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  return (
    <>
      {programme.chapters.map((chapter) => (
        <Panel key={chapter.number} id={`chapter-${chapter.number}`} className="rules-section">
          <h2 className="section-title">
            {local(chapterLabel(chapter.number))} {local(chapter.title)}
          </h2>
          {programme.articles
            .filter((article) => article.chapter === chapter.number)
            .map((article) => (
              <article key={article.number} id={`article-${article.number}`} className="rules-article">
                <div className="rules-article__title">
                  <span className="rules-article__number">
                    {local(articleLabel({ article: article.number }))}
                  </span>
                  {local(article.title)}
                </div>
                <div className="rules-article__text">{local(article.text)}</div>
                <div className="rules-article__platform">
                  <span className="rules-article__platform-label">{t('rules.platformDoes')}</span>
                  {local(article.platform)}
                </div>
              </article>
            ))}
        </Panel>
      ))}
    </>
  );
}
