import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Storybook serves the repo root, not the demo folder.
      root: process.cwd(),
      resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};
export default config;
