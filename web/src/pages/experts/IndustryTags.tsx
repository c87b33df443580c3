import { Tag, Tooltip } from 'antd';
import { useExpertVocabulary } from './useExpertVocabulary.js';

/** Industry sections as compact letter tags, the section's name on hover (and for screen readers). */
export function IndustryTags({ sections }: { sections: readonly string[] }) {
  const { industryName } = useExpertVocabulary();
  return (
    <span className="industry-tags">
      {sections.map((section) => (
        <Tooltip key={section} title={industryName(section)}>
          <Tag aria-label={industryName(section)} style={{ marginInlineEnd: 4 }}>
            {section}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}
