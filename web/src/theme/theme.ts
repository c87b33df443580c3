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
  },
  components: {
    Layout: { siderBg: '#ffffff', bodyBg: '#f3f4f6' },
    Menu: { itemSelectedBg: '#e8eef7', itemSelectedColor: PRIMARY_BLUE },
    Table: { headerBg: '#f5f7fa' },
  },
};
