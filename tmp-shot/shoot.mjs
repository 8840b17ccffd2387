import { chromium } from 'playwright-core';
import { createServer } from 'vite';
const root = '/work/wt/survey';
const server = await createServer({ configFile: false, root, logLevel: 'error', resolve: { conditions: ['source', 'module', 'browser', 'development'] }, server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = `http://127.0.0.1:${server.httpServer.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless=new','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const shots = JSON.parse(process.argv[2]);
for (const [name, query, action] of shots) {
  const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
  page.on('pageerror', (e) => console.error(name, e.message));
  await page.goto(`${base}/tmp-shot/index.html?${query}`);
  await page.waitForFunction(() => window.ready);
  await page.waitForTimeout(700);
  if (action === 'submit') { await page.evaluate(() => { const el = document.querySelector('pm-survey-360'); el.shadowRoot.querySelector('[part~="submit"]')?.click(); }); await page.waitForTimeout(300); }
  if (action === 'next') { await page.evaluate(() => { const el = document.querySelector('pm-survey-360'); [...el.shadowRoot.querySelectorAll('[part~="nav"] button')].at(-1).click(); }); await page.waitForTimeout(300); }
  const frame = await page.$('#frame');
  await frame.screenshot({ path: `/tmp/survey-shots/${name}.png` });
  const overflow = await page.evaluate(() => { const el = document.querySelector('pm-survey-360'); return el.scrollWidth > el.clientWidth + 1 ? `${el.scrollWidth}>${el.clientWidth}` : ''; });
  if (overflow) console.log(name, 'OVERFLOW', overflow);
  await page.close();
}
await browser.close();
await server.close();
