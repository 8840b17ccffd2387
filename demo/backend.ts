import type { Person } from '@pm-widgets/core';
import { createRestAdapter } from '@pm-widgets/core/rest';

/**
 * `npm start` runs the reference server and passes its URL as VITE_PM_API: then the portal talks
 * to it over HTTP (signed dev token of whoever is "viewing as"), with a switch back to the
 * in-browser memory adapter. Without VITE_PM_API (plain `vite`, the demo test) nothing changes.
 */
const api = (import.meta as unknown as { env?: Record<string, string | undefined> }).env?.['VITE_PM_API'];
const CHOICE_KEY = 'pm-widgets:demo:backend';

if (api) {
  const useServer = localStorage.getItem(CHOICE_KEY) !== 'memory';
  const tools = document.querySelector('.demobar');
  const label = document.createElement('label');
  label.append('Data ');
  const select = document.createElement('select');
  select.id = 'backend';
  select.append(new Option('Reference server', 'server'), new Option('In-browser memory', 'memory'));
  select.value = useServer ? 'server' : 'memory';
  select.addEventListener('change', () => {
    localStorage.setItem(CHOICE_KEY, select.value);
    location.reload();
  });
  label.append(select);
  const docs = document.createElement('a');
  docs.href = new URL('docs', `${api.replace(/\/+$/, '')}/`).href;
  docs.textContent = 'API docs';
  docs.className = 'api-docs';
  tools?.prepend(label, docs);

  if (useServer) {
    const tokens = fetch(`${api}/auth/dev-tokens`)
      .then((r) => r.json() as Promise<{ people: { id: string; token: string }[] }>)
      .then(({ people }) => new Map(people.map((p) => [p.id, p.token])));
    let viewer = '';
    const adapter = createRestAdapter({
      baseUrl: api,
      getHeaders: async (): Promise<Record<string, string>> => {
        const token = (await tokens).get(viewer);
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
    document.addEventListener('pm-demo-viewer', (event) => {
      viewer = (event as CustomEvent<Person>).detail.id;
      const provider = document.querySelector('pm-provider')!;
      // A new object per viewer, so every widget reloads as that person.
      provider.adapter = { ...adapter };
    });
  }
}
