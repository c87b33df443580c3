import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProgrammeVersion } from '../../../../src/programmes/programme.types.js';
import { articleLabel, chapterLabel } from '../../i18n/articleLabel.js';
import { useLocale } from '../../i18n/useLocale.js';
import { Panel } from '../../components/Panel.js';
import { ARTICLE_PAGES, ARTICLE_PAGES_TO_COME, PUBLIC_PAGE_NAMES, type PublicPage } from './publicPages.js';

/**
 * Every chapter and article of the founding document, each with what the platform does for it and
 * links to the public pages it speaks of — only those that exist (`paths`: a page without one,
 * such as the announcement before any cycle is published, is not linked).
 */
export function ProgrammeArticles({
  programme,
  paths,
}: {
  programme: ProgrammeVersion;
  paths: Partial<Record<PublicPage, string>>;
}) {
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
                  <ArticlePages number={article.number} paths={paths} />
                </div>
              </article>
            ))}
        </Panel>
      ))}
    </>
  );
}

function ArticlePages({ number, paths }: { number: number; paths: Partial<Record<PublicPage, string>> }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const pages = (ARTICLE_PAGES[number] ?? []).filter((page) => paths[page]);
  const toCome = ARTICLE_PAGES_TO_COME[number];
  if (pages.length === 0 && !toCome) return null;
  return (
    <div className="rules-article__pages">
      {pages.length > 0 && (
        <span>
          {t('rules.seePages')}
          {pages.map((page, index) => (
            <span key={page}>
              {index > 0 && '、'}
              <Link to={paths[page]!}>{local(PUBLIC_PAGE_NAMES[page])}</Link>
            </span>
          ))}
        </span>
      )}
      {toCome && <span className="text-secondary">{local(toCome)}</span>}
    </div>
  );
}
