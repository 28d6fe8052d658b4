import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { largeMachine } from './largeMachine';
import { serveFolder } from './staticServer';
import { openFresh, panAndZoomFrames, typingLatencies, dragLatencies } from './scenarios';
import { appTarget } from './targets';
import { median } from '../measure';
import { percentile } from './report';
const n = Number(process.argv[2] ?? 300);
const dists = process.argv.slice(3);
const g = largeMachine(n); writeFileSync('/tmp/q.fsm.json', g.text);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (let round = 0; round < 2; round++) for (const dist of dists) {
  const app = await serveFolder(dist);
  const o = await openFresh(browser, appTarget, app.url, '/tmp/q.fsm.json', { nodes: n, edges: g.transitionCount });
  const f = [...await panAndZoomFrames(o.page), ...await panAndZoomFrames(o.page)];
  const t = (await typingLatencies(o.page, 8)).slice(2);
  const d = await dragLatencies(o.page, 3).catch(() => [NaN]);
  console.log(dist.padEnd(24), 'paint', o.firstPaintMs.toFixed(0), 'frames med', median(f).toFixed(1), 'p95', percentile(f, 95).toFixed(1), 'n', f.length, 'type', median(t).toFixed(1), 'drag', median(d).toFixed(0));
  await o.close(); await app.close();
}
await browser.close();
