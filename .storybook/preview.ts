import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PerformanceAdapter } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** One demo backend for every story (not persisted: stories start from the same data). */
const demoAdapter = createMemoryAdapter();

/**
 * Wraps each story in <pm-provider> with the memory adapter and the demo viewer. A story sets
 * `parameters.pmAdapter` to its own adapter, or to `null` when it brings its own provider (or
 * shows the no-adapter state).
 */
const withProvider: Decorator = (story, context) => {
  const own = context.parameters['pmAdapter'] as PerformanceAdapter | null | undefined;
  if (own === null) return story();
  const viewer = (context.parameters['pmViewer'] as string | undefined) ?? DEMO.viewerId;
  return html`<pm-provider .adapter=${own ?? demoAdapter} viewer=${viewer} locale=${context.globals['locale'] ?? 'en'}>${story()}</pm-provider>`;
};

/**
 * The theme switch: light, dark, or auto (follows the browser). The widgets' tokens use
 * `light-dark()`, so setting `color-scheme` on the page is all a theme takes; the canvas
 * background follows it too.
 */
const withTheme: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as string | undefined) ?? 'auto';
  const root = document.documentElement;
  root.style.colorScheme = theme === 'light' || theme === 'dark' ? theme : 'light dark';
  root.dataset['pmTheme'] = theme;
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
  return story();
};

const preview: Preview = {
  decorators: [withProvider, withTheme],
  globalTypes: {
    locale: {
      description: 'Locale for text, numbers and dates',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'en-GB', 'de', 'ar'], dynamicTitle: true },
    },
    theme: {
      description: 'Colour theme: light, dark, or auto (the browser\'s preference)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (browser)', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  parameters: {
    controls: { expanded: true },
    // The same rules as `npm run check-stories`: WCAG 2.2 A/AA and axe's best practices.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
  },
};
export default preview;
