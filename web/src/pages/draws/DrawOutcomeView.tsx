import { Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrawOutcome } from '../../api/draws.js';

/** Leader, members and ordered reserves by expert code (the public view). */
export function DrawOutcomeView({ outcome }: { outcome: DrawOutcome }) {
  const { t } = useTranslation();
  const codes = (list: string[], color?: string, numbered = false) =>
    list.length === 0 ? (
      t('common.empty')
    ) : (
      <Flex wrap gap={6}>
        {list.map((code, index) => (
          <Tag key={code} color={color} className="hash" style={{ marginInlineEnd: 0 }}>
            {numbered ? `${index + 1}. ${code}` : code}
          </Tag>
        ))}
      </Flex>
    );
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      className="draw-outcome"
      items={[
        { key: 'leader', label: t('draws.leader'), children: codes([outcome.leader], 'gold') },
        { key: 'members', label: t('draws.members'), children: codes(outcome.members, 'blue') },
        { key: 'reserves', label: t('draws.reserves'), children: codes(outcome.reserves, undefined, true) },
      ]}
    />
  );
}
