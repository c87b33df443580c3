import type { ThemeConfig } from 'antd';

/** A restrained official look: government red for the banner, a deep blue for actions. */
export const BRAND_RED = '#a8171d';
export const PRIMARY_BLUE = '#1a4f8b';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_BLUE,
    colorLink: PRIMARY_BLUE,
    colorError: '#c4161c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f3f4f6',
    // WCAG 2.1 AA (GB/T 37668-2019) asks 4.5:1 for text: antd's greys (0.45 alpha, 3.2:1 on the
    // page grey) are too faint for secondary text, descriptions, group titles and placeholders.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
  components: {
    Layout: { siderBg: '#ffffff', bodyBg: '#f3f4f6' },
    Menu: {
      itemSelectedBg: '#e8eef7',
      itemSelectedColor: PRIMARY_BLUE,
      groupTitleColor: 'rgba(0, 0, 0, 0.62)',
    },
    Table: { headerBg: '#f5f7fa' },
  },
};
