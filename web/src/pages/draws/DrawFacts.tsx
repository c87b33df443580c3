import { Descriptions, Grid, type DescriptionsProps } from 'antd';
import type { CSSProperties } from 'react';

/**
 * The facts of a draw (times, hashes, values) as a bordered list: label beside value on wider
 * screens, label above value on phones so long hashes keep the whole width.
 */
export function DrawFacts({ items, style }: { items: DescriptionsProps['items']; style?: CSSProperties }) {
  const screens = Grid.useBreakpoint();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={screens.sm === false ? 'vertical' : 'horizontal'}
      className="draw-facts"
      items={items}
      style={style}
    />
  );
}
