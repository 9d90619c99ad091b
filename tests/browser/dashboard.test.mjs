// End-to-end test of the dashboard in a real browser (Debian's Chromium driven
// by playwright-core): build a store with `dyad ingest`, start `dyad serve` on
// a free port, load the page, check the timeline chart and the network are
// drawn from data, click an event in the table, and check the article view
// marks that event's source, verb and target at the API's spans.
//
// Usage: node dashboard.test.mjs --dyad BUILD/dyad --root PROJECT_ROOT [--db STORE]
// (--db: use an existing store instead of building one; --screenshot FILE.png:
// save the page; both for development.)
// Exit codes: 0 pass, 1 fail, 77 skipped (Chromium not installed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dyad = args.dyad;
const root = args.root;
const chromiumPath = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
const SKIP = 77;

if (!dyad || !root) {
  console.error('usage: node dashboard.test.mjs --dyad PATH/TO/dyad --root PROJECT_ROOT');
  process.exit(2);
}
if (!existsSync(chromiumPath)) {
  console.log(`SKIP: ${chromiumPath} not found; install Debian's chromium (apt-get install -y chromium, ` +
    'scripts/install-deps.sh does it) to run the dashboard test');
  process.exit(SKIP);
}

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (err) {
  console.error(`FAIL: playwright-core is not installed in tests/browser (run npm ci there): ${err.message}`);
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'dyad-browser-'));
const db = args.db || join(tmp, 'events.db');
let server = null;
let browser = null;
let failed = false;

function fail(msg) {
  failed = true;
  throw new Error(msg);
}
function check(cond, msg) {
  if (!cond) fail(msg);
  console.log(`ok - ${msg}`);
}

async function startServer() {
  server = spawn(dyad, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dyad serve printed no URL in 20 s: ${out}`)), 20000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/[0-9.]+:\d+\//);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`dyad serve exited with ${code}: ${out}`)); });
  });
}

// Slices text by code point offsets, as the API defines them.
function slice(text, span) {
  return Array.from(text).slice(span[0], span[1]).join('');
}

async function main() {
  // 1. A store from the bundled example and the test's own articles.
  if (!args.db) {
    const ingest = spawnSync(dyad, ['ingest', '--db', db, "--date", "2024-05-28", join(root, "tests/browser/articles.jsonl"),
    join(root, 'examples/aegean-standoff.txt')], { encoding: 'utf8' });
    if (ingest.status !== 0) fail(`dyad ingest failed (${ingest.status}): ${ingest.stderr}`);
  }
  const base = await startServer();
  const stats = await (await fetch(`${base}api/stats`)).json();
  check(stats.events > 0, `the store has events (${stats.events} events, ${stats.articles} articles)`);

  // 2. The page.
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(msg.text()); });
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });

  // 3. The timeline: a uPlot canvas, drawn from at least one period of data.
  const points = Number(await page.getAttribute('#timeline', 'data-points'));
  check(points > 0, `timeline has data points (${points})`);
  const painted = await page.evaluate(() => {
    const c = document.querySelector('#timeline canvas');
    if (!c || c.width === 0 || c.height === 0) return 0;
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) n++;
    return n;
  });
  check(painted > 100, `timeline canvas is painted (${painted} non-transparent pixels)`);

  // 4. The network: an SVG with nodes and edges.
  const nodes = await page.locator('#network svg g.node').count();
  const edges = await page.locator('#network svg line.edge').count();
  check(nodes >= 2 && edges >= 1, `network drawn (${nodes} nodes, ${edges} edges)`);

  // 5. The event table: choose a row whose event has a target, click it.
  const rows = await page.locator('#events tbody tr[data-id]').count();
  check(rows > 0, `event table has rows (${rows})`);
  const listing = await (await fetch(`${base}api/events?limit=500`)).json();
  const withTarget = listing.events.find((e) => e.evidence.spans.source && e.evidence.spans.verb && e.evidence.spans.target);
  const firstRowId = await page.getAttribute('#events tbody tr[data-id] >> nth=0', 'data-id');
  const chosen = withTarget || listing.events.find((e) => String(e.id) === firstRowId);
  let row = page.locator(`#events tbody tr[data-id="${chosen.id}"]`);
  if (await row.count() === 0) {
    // Not on the first page under the default filter: clear the filter.
    await page.fill('#dyad', '');
    await page.click('#controls button[type=submit]');
    await page.waitForSelector(`#events tbody tr[data-id="${chosen.id}"]`, { timeout: 10000 }).catch(() => {});
    row = page.locator(`#events tbody tr[data-id="${chosen.id}"]`);
  }
  check(await row.count() === 1, `event ${chosen.id} (${chosen.cameo}) is in the table`);
  await row.click();

  // 6. The article view marks that event's evidence.
  await page.waitForSelector('#article-text mark[data-role="verb"]', { timeout: 10000 });
  const article = await (await fetch(`${base}api/articles/${chosen.article_id}`)).json();
  const marked = await page.evaluate(() => {
    const out = {};
    for (const m of document.querySelectorAll('#article-text mark[data-role]')) {
      out[m.dataset.role] = (out[m.dataset.role] || '') + m.textContent;
    }
    return out;
  });
  for (const role of ['source', 'verb', 'target']) {
    const span = chosen.evidence.spans[role];
    if (!span) continue;
    const expected = slice(article.article.text, span);
    check(marked[role] === expected, `article view marks the ${role}: "${marked[role]}" == "${expected}"`);
  }
  const shownText = await page.textContent('#article-text');
  check(shownText === article.article.text, 'article view shows the whole article text unchanged');
  check(await page.locator('#events tbody tr.selected').count() === 1, 'the clicked row is selected');
  if (args.screenshot) await page.screenshot({ path: args.screenshot, fullPage: true });
  check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.join(' | ') : ''}`);
}

try {
  await main();
  console.log('PASS: dashboard end-to-end');
} catch (err) {
  failed = true;
  console.error(`FAIL: ${err.message}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) server.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
