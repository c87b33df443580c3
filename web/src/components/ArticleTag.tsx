import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ArticleRef } from '../../../src/programmes/programme.types.js';
import { articleLabel } from '../i18n/articleLabel.js';
import { useLocale } from '../i18n/useLocale.js';

/** The article a rule comes from, e.g. 第四条 / Art. 4; links to it on the rules page. */
export function ArticleTag({ source, link = true }: { source: ArticleRef; link?: boolean }) {
  const { local } = useLocale();
  const label = local(articleLabel(source));
  return (
    <Tag color="red" variant="outlined" style={{ marginInlineEnd: 0 }}>
      {link ? <Link to={`/rules#article-${source.article}`}>{label}</Link> : label}
    </Tag>
  );
}
