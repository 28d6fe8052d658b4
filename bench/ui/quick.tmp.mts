import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { build } from 'vite';
import { largeMachine } from './largeMachine';
import { serveFolder } from './staticServer';
import { openFresh, canvasSize, typingLatencies, dragLatencies, panAndZoomFrames } from './scenarios';
import { appTarget, baselineTarget } from './targets';
const n = Number(process.argv[2] ?? 100);
const g = largeMachine(n); writeFileSync('/tmp/q.fsm.json', g.text);
await build({ configFile: '/work/main/bench/ui/baseline/vite.config.ts', logLevel: 'warn' });
const app = await serveFolder('/work/main/dist');
const base = await serveFolder('/work/main/bench/ui/dist-baseline');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const size = await canvasSize(browser, appTarget, app.url);
console.log(size);
for (const [t, url] of [[appTarget, app.url], [baselineTarget, `${base.url}?width=${size.width}&height=${size.height}`]] as const) {
  const o = await openFresh(browser, t, url, '/tmp/q.fsm.json', { nodes: n, edges: g.transitionCount });
  console.log(t.name, 'paint', o.firstPaintMs);
  await o.page.screenshot({ path: `/work/main/e2e/screenshots/bench-${t.name}-${n}.png` });
  if (t === appTarget) console.log('typing', await typingLatencies(o.page, 5).catch(e => e.message));
  console.log('drag', await dragLatencies(o.page, 3).catch(e => e.message));
  const f = await panAndZoomFrames(o.page); console.log('frames', f.length, f.slice(0, 20).map(x => x.toFixed(0)).join(' '));
  await o.close();
}
await browser.close(); await app.close(); await base.close();
