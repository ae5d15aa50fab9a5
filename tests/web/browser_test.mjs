// Browser test of the map page, in Debian's chromium driven by playwright-core (no bundled
// browser download). Called by tests/web_browser.sh with the server's URL and a directory for
// artifacts. Checks: the page loads with no request leaving the machine, markers and country
// outlines appear, a text filter narrows the list and the markers, an event opens from the
// keyboard and shows its reporting sentence with actor, verb, place and date marked, and brushing
// the timeline sets the date filter. Keeps a screenshot.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

const require = createRequire(import.meta.url);
const [url, artifacts, modules] = process.argv.slice(2);
const { chromium } = require(path.join(modules, 'playwright-core'));

const failures = [];
function check(cond, what) {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures.push(what);
}

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-chromium-'));
const browser = await chromium.launchPersistentContext(userData, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: { width: 1280, height: 820 },
});
let code = 0;
try {
  const page = browser.pages()[0] || await browser.newPage();
  const external = [];
  const errors = [];
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') { external.push(u.href); return route.abort(); }
    return route.continue();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.leaflet-marker-icon.cluster', { timeout: 15000 });
  await page.waitForSelector('#list li button', { timeout: 15000 });
  await page.waitForFunction(() => document.querySelectorAll('path.country').length > 100, null, { timeout: 15000 });
  const markers = await page.locator('.leaflet-marker-icon.cluster').count();
  check(markers > 0, `markers on the map (${markers})`);
  check((await page.locator('path.country').count()) > 100, 'offline country outlines drawn');
  check((await page.locator('#timeline rect.bar').count()) > 0, 'timeline bars drawn');
  const before = await page.locator('#list li').count();

  // The events a text filter should leave, and which of them the fixture coded (the pipeline
  // codes its own events from the same articles; their spans are its own business).
  const byText = (words) => page.evaluate(async (w) => {
    const list = (await (await fetch('/api/events?limit=1000&text=' + encodeURIComponent(w))).json()).events;
    let fixture = null;
    for (const e of list) {
      const full = await (await fetch('/api/events/' + e.id)).json();
      if (!fixture && full.reports.some((r) => r.mention_key.includes(':fx'))) fixture = e.id;
    }
    return { ids: list.map((e) => e.id), placed: list.filter((e) => e.place.lat != null).map((e) => e.id), fixture };
  }, words);
  const listIds = () => page.$$eval('#list li button', (bs) => bs.map((b) => Number(b.dataset.eventId)));

  // Filter by words of a reporting sentence.
  const drone = await byText('drone');
  await page.fill('#f-text', 'drone');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction((n) => document.querySelectorAll('#list li').length === n, drone.placed.length, { timeout: 10000 });
  const ids = await listIds();
  check(ids.length >= 1 && ids.every((id) => drone.placed.includes(id)) && ids.includes(drone.fixture),
        `text filter leaves the ${drone.placed.length} mapped drone-strike event(s) (list had ${before}, now ${ids.join(', ')})`);
  await page.waitForFunction((n) => {
    const ms = [...document.querySelectorAll('.leaflet-marker-icon.cluster')];
    return ms.length >= 1 && ms.reduce((t, m) => t + (m.dataset.eventId ? 1 : Number(m.textContent)), 0) === n;
  }, drone.placed.length, { timeout: 10000 }).catch(() => {});
  const markerTotal = await page.$$eval('.leaflet-marker-icon.cluster', (ms) => ms.reduce((t, m) => t + (m.dataset.eventId ? 1 : Number(m.textContent)), 0));
  check(markerTotal === drone.placed.length, `the filter applies to the markers too (${markerTotal} events on the map)`);

  // Open the fixture's event from the keyboard.
  await page.focus(`#list li button[data-event-id="${drone.fixture}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#detail:not([hidden]) mark.verb', { timeout: 10000 });
  const marks = await page.$$eval('#detail mark:not(.marks-legend mark)', (ms) =>
    ms.filter((m) => !m.closest('.marks-legend')).map((m) => `${m.className}:${m.textContent}`));
  check(marks.includes('verb:strike hit'), `verb marked (${marks.join('; ')})`);
  check(marks.includes('actor:A military drone') && marks.includes('actor:a village'), 'actors marked');
  check(marks.includes('place:Kaduna State'), 'place marked');
  check(marks.includes('date:on Sunday'), 'date marked');
  const detail = await page.locator('#detail').innerText();
  check(/85 \(between 85 and 120\)/.test(detail), 'fatalities shown with their range');
  check(/Employ aerial weapons/.test(detail), 'CAMEO code in words');
  check(/located to a region/.test(detail), 'place precision in words');
  check(await page.locator('#detail a[href^="https://daily.example.com"]').count() === 1, 'link to the source article');

  // The marker is a keyboard control too: close the panel, focus a marker, press Enter: an event
  // opens, or the map zooms into a group.
  await page.click('#detail .close');
  check(await page.locator('#detail').isHidden(), 'the event panel closes');
  const zoomBefore = await page.evaluate(() => document.querySelector('.leaflet-proxy') && document.querySelector('.leaflet-proxy').style.transform);
  await page.focus('.leaflet-marker-icon.cluster');
  await page.keyboard.press('Enter');
  await page.waitForFunction((z) => !document.querySelector('#detail').hidden ||
    (document.querySelector('.leaflet-proxy') && document.querySelector('.leaflet-proxy').style.transform !== z), zoomBefore, { timeout: 10000 }).catch(() => {});
  const zoomAfter = await page.evaluate(() => document.querySelector('.leaflet-proxy') && document.querySelector('.leaflet-proxy').style.transform);
  check(await page.locator('#detail').isVisible() || zoomAfter !== zoomBefore, 'Enter on a focused marker opens its event or zooms into its group');

  // Events without a place (the fixture has one) are listed when asked for.
  const calm = await byText('peacefully');
  const unplaced = calm.ids.length - calm.placed.length;
  check(unplaced > 0, `the store has an event without a place (${unplaced})`);
  await page.click('#f-reset');
  await page.fill('#f-text', 'peacefully');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction((n) => document.querySelectorAll('#list li').length === n, calm.placed.length, { timeout: 10000 }).catch(() => {});
  const inView = await page.locator('#list li').count();
  await page.uncheck('#in-view');
  await page.waitForFunction((n) => document.querySelectorAll('#list li').length === n, calm.ids.length, { timeout: 10000 }).catch(() => {});
  const all = await page.locator('#list li').count();
  check(inView === calm.placed.length && all === calm.ids.length,
        `unchecking "in view" lists the events without a place too (${inView} -> ${all})`);
  await page.check('#in-view');

  // Reset, then brush the timeline.
  await page.click('#f-reset');
  await page.waitForFunction(() => document.querySelectorAll('#list li').length > 1, null, { timeout: 10000 });
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('#f-since').value !== '', null, { timeout: 5000 }).catch(() => {});
  const since = await page.inputValue('#f-since'), until = await page.inputValue('#f-until');
  check(since !== '' && until !== '' && since <= until, `brushing the timeline sets the dates (${since} to ${until})`);

  // Screenshot: everything, with the fixture's two-report Kidal event open.
  const kidal = await byText('jihadists attacked');
  await page.click('#f-reset');
  await page.fill('#f-text', 'jihadists attacked');
  await page.click('#filters button[type=submit]');
  await page.waitForSelector(`#list li button[data-event-id="${kidal.fixture}"]`, { timeout: 10000 });
  await page.click(`#list li button[data-event-id="${kidal.fixture}"]`);
  await page.waitForFunction(() => /Armed clash/.test(document.querySelector('#detail-title')?.textContent || ''), null, { timeout: 10000 });
  check((await page.locator('#detail .report').count()) >= 2, 'both reports of the Kidal attack shown');
  await page.click('#f-reset');
  await page.waitForFunction(() => document.querySelectorAll('#list li').length > 1, null, { timeout: 10000 });
  await page.waitForTimeout(300);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'web-map.png') });

  // Narrow screen: everything stacks, nothing overflows sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const layout = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    map: document.querySelector('#map').getBoundingClientRect().height,
  }));
  check(layout.overflow <= 1 && layout.map > 200, `narrow screen: no sideways overflow (${layout.overflow}px), map ${layout.map}px high`);
  await page.screenshot({ path: path.join(artifacts, 'web-map-narrow.png'), fullPage: true });

  check(external.length === 0, `no request left the machine (${external.slice(0, 3).join(', ')})`);
  check(errors.length === 0, `no script errors (${errors.slice(0, 3).join(' | ')})`);
} catch (e) {
  console.log('FAIL ' + (e && e.stack || e));
  code = 1;
} finally {
  await browser.close();
  fs.rmSync(userData, { recursive: true, force: true });
}
if (failures.length) code = 1;
console.log(code ? `browser test: ${failures.length} failed` : 'browser test: all passed');
process.exit(code);
