#!/usr/bin/env node
// Browser tests for the crosswire web page: a real `crosswire serve` over a
// temporary store, driven in Debian's headless Chromium by puppeteer-core.
//
//   node tests/browser/run.mjs --crosswire build/ci/cli/crosswire \
//        [--artifacts build/ci/browser-artifacts] [--chromium /usr/bin/chromium]
//
// Exit status: 0 all checks passed, 1 a check failed, 77 skipped (no Chromium
// or no node_modules: run scripts/setup), 2 bad usage or the server would not
// start. Prints one line per check and "N passed, N failed" at the end.
import {spawn, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

function parseArgs(argv) {
  const args = {crosswire: null, artifacts: null, chromium: process.env.CHROMIUM || '/usr/bin/chromium'};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--crosswire') args.crosswire = v, i++;
    else if (k === '--artifacts') args.artifacts = v, i++;
    else if (k === '--chromium') args.chromium = v, i++;
    else {
      console.error(`run.mjs: unknown argument ${k}`);
      process.exit(2);
    }
  }
  if (!args.crosswire) {
    console.error('run.mjs: --crosswire PATH is required');
    process.exit(2);
  }
  args.artifacts = path.resolve(args.artifacts || path.join(repo, 'build', 'browser-artifacts'));
  return args;
}

const args = parseArgs(process.argv.slice(2));

if (!fs.existsSync(args.chromium)) {
  console.log(`SKIP: no Chromium at ${args.chromium} (scripts/setup installs Debian's chromium)`);
  process.exit(SKIP);
}
let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch (e) {
  console.log(`SKIP: puppeteer-core is not installed in ${here}/node_modules (run npm ci there; scripts/setup does): ${e.message}`);
  process.exit(SKIP);
}

// ------------------------------------------------------------------ fixture

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswire-browser-'));
const store = path.join(tmp, 'news.db');
const tokenFile = path.join(tmp, 'ingest.token');
const token = randomBytes(24).toString('hex');
fs.writeFileSync(tokenFile, token + '\n', {mode: 0o600});
fs.mkdirSync(args.artifacts, {recursive: true});

function ingest(input) {
  const r = spawnSync(args.crosswire, ['ingest', input, '--store', store, '--quiet'], {encoding: 'utf8'});
  if (r.status !== 0) {
    console.error(`run.mjs: crosswire ingest ${input} failed (${r.status}): ${r.stderr}`);
    process.exit(2);
  }
}
// The dated ferry story first: the undated example gets the ingest time, and a
// story older than the clustering window (7 days before the newest article
// seen) would no longer take new articles.
ingest(path.join(repo, 'testdata', 'browser', 'ferry.jsonl'));
ingest(path.join(repo, 'examples', 'aleppo-2016-12-14'));

const server = spawn(args.crosswire, ['serve', '--store', store, '--bind', '127.0.0.1', '--port', '0',
                                      '--ingest-token-file', tokenFile],
                     {stdio: ['ignore', 'pipe', 'pipe']});
// However this script ends (a failed launch, the deadline), the server goes too.
process.on('exit', () => { if (server.exitCode === null) server.kill('SIGKILL'); });
let serverErr = '';
server.stderr.on('data', (d) => { serverErr += d; });
const base = await new Promise((resolve) => {
  let out = '';
  const timer = setTimeout(() => resolve(null), 15000);
  server.stdout.on('data', (d) => {
    out += d;
    const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  });
  server.on('exit', () => { clearTimeout(timer); resolve(null); });
});
if (!base) {
  console.error(`run.mjs: crosswire serve did not start: ${serverErr}`);
  server.kill('SIGKILL');
  process.exit(2);
}

async function getJson(p) {
  const r = await fetch(base + p);
  if (!r.ok) throw new Error(`GET ${p}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function postArticles(lines) {
  const r = await fetch(base + '/api/articles', {
    method: 'POST',
    headers: {Authorization: 'Bearer ' + token, 'Content-Type': 'application/x-ndjson'},
    body: lines.map((a) => JSON.stringify(a)).join('\n') + '\n',
  });
  const body = await r.text();
  if (!r.ok) throw new Error(`POST /api/articles: ${r.status} ${body}`);
  return JSON.parse(body);
}

// ------------------------------------------------------------------ checks

const results = [];
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const detail = await fn();
    results.push({name, ok: true});
    console.log(`ok   ${name}${detail ? ' — ' + detail : ''} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({name, ok: false});
    console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const browser = await puppeteer.launch({
  executablePath: args.chromium,
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const page = await browser.newPage();
await page.setViewport({width: 1280, height: 900});
const dialogs = [];
const pageErrors = [];
page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
page.on('pageerror', (e) => pageErrors.push(e.message));
// Collected in the page from its first script on: CSP reports every blocked
// inline script, handler or javascript: navigation here.
await page.evaluateOnNewDocument(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
  });
});

async function ready(view) {
  await page.waitForFunction((v) => {
    const m = document.getElementById('main');
    return m && m.dataset.ready === '1' && m.dataset.view === v;
  }, {timeout: 30000}, view);
}
async function go(hash, view) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await ready(view);
}
const shot = (name) => page.screenshot({path: path.join(args.artifacts, name), fullPage: name !== 'phone-list.png'});

const deadline = setTimeout(() => {
  console.log('FAIL the browser tests took longer than 160 s');
  process.exit(1);
}, 160000);

try {
  const first = await getJson('/api/stories?limit=50');
  const ferry = first.stories.find((s) => /ferry|Mira/i.test(s.title || ''));
  const aleppo = first.stories.find((s) => s !== ferry);

  await check('the list shows every story, newest activity first', async () => {
    await page.goto(base + '/', {waitUntil: 'domcontentloaded'});
    await ready('list');
    const ids = await page.$$eval('#story-list > li', (lis) => lis.map((li) => Number(li.dataset.storyId)));
    const want = first.stories.map((s) => s.id);
    assert(ids.length >= 2, `expected at least 2 stories, got ${ids.length}`);
    assert(JSON.stringify(ids) === JSON.stringify(want), `order ${ids} != API order ${want}`);
    const times = first.stories.map((s) => Date.parse(s.last_seen));
    for (let i = 1; i < times.length; i++) assert(times[i - 1] >= times[i], 'API list not newest first');
    const text = await page.$eval(`#story-list > li[data-story-id="${ferry.id}"]`, (li) => li.textContent);
    assert(text.includes(`${ferry.articles} articles`), `ferry item lacks its article count: ${text}`);
    await shot('list.png');
    return `${ids.length} stories in order ${ids.join(',')}`;
  });

  await check('a story with conflicts has a badge in the list', async () => {
    const withConflicts = first.stories.filter((s) => Number(s.conflicts) > 0);
    if (withConflicts.length === 0) {
      // The server counts conflicts lazily (null until a story's report is
      // computed): ask for each report, then the list knows.
      for (const s of first.stories) await getJson(`/api/stories/${s.id}`);
      const again = await getJson('/api/stories?limit=50');
      withConflicts.push(...again.stories.filter((s) => Number(s.conflicts) > 0));
      await page.reload();
      await ready('list');
    }
    assert(withConflicts.length > 0, 'no story reports conflicts > 0 in /api/stories');
    for (const s of withConflicts) {
      const badge = await page.$eval(`#story-list > li[data-story-id="${s.id}"] .badge-conflict`, (b) => b.textContent);
      assert(badge.startsWith(String(s.conflicts)), `badge "${badge}" for ${s.conflicts} conflicts`);
    }
    return `${withConflicts.length} badged`;
  });

  await check('search narrows the list', async () => {
    await page.type('#q', 'Mira');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#story-list > li').length === 1, {timeout: 5000});
    const id = await page.$eval('#story-list > li', (li) => Number(li.dataset.storyId));
    assert(id === ferry.id, `search found story ${id}, expected ${ferry.id}`);
    await page.$eval('#q', (i) => { i.value = ''; });
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#story-list > li').length === n, {timeout: 5000},
                               first.stories.length);
  });

  await check('"more" loads the next page through next_cursor', async () => {
    await page.goto(base + '/?limit=1', {waitUntil: 'domcontentloaded'});
    await ready('list');
    const n1 = await page.$$eval('#story-list > li', (l) => l.length);
    assert(n1 === 1, `first page of 1 shows ${n1}`);
    await page.click('#more');
    await page.waitForFunction(() => document.querySelectorAll('#story-list > li').length === 2, {timeout: 5000});
    const ids = await page.$$eval('#story-list > li', (lis) => lis.map((li) => Number(li.dataset.storyId)));
    assert(JSON.stringify(ids) === JSON.stringify(first.stories.map((s) => s.id)), `pages gave ${ids}`);
    const moreHidden = await page.$eval('#more', (b) => b.hidden);
    assert(moreHidden, '"more" still offered after the last page');
    await page.goto(base + '/', {waitUntil: 'domcontentloaded'});
    await ready('list');
    return `ids ${ids.join(',')}`;
  });

  let digestCount = 0;
  await check('opening a story shows digest, corroboration, outlets and every article', async () => {
    await page.click(`#story-list > li[data-story-id="${aleppo.id}"] a.story-link`);
    await ready('story');
    const report = await getJson(`/api/stories/${aleppo.id}`);
    digestCount = await page.$$eval('.digest > li', (l) => l.length);
    assert(digestCount === report.summary.sentences.length,
           `digest shows ${digestCount} sentences, report has ${report.summary.sentences.length}`);
    const arts = await page.$$eval('article.article', (l) => l.length);
    assert(arts === report.articles.length, `${arts} articles shown, report has ${report.articles.length}`);
    const h1 = await page.$eval('h1', (h) => h.textContent);
    assert(h1 === (report.story.title || h1), `heading "${h1}" != story title`);
    const cited = await page.$$eval('.article-text .sentence.cited-digest', (l) => l.length);
    assert(cited >= digestCount, `only ${cited} highlighted digest sentences`);
    const outlets = await page.$$eval('.outlets > li', (l) => l.length);
    assert(outlets === new Set(report.articles.map((a) => a.outlet)).size, 'outlet count');
    await shot('story.png');
    return `${digestCount} digest sentences, ${arts} articles, ${cited} highlighted`;
  });

  await check('a citation leads to the article with the cited sentence highlighted', async () => {
    const [href, sentence] = await page.$eval('.digest > li .cite', (a) =>
        [a.getAttribute('href'), a.closest('li').querySelector('.digest-text').textContent]);
    await page.click('.digest > li .cite');
    await page.waitForFunction(() => document.querySelector('.sentence.target') === document.activeElement,
                               {timeout: 5000});
    assert(await page.evaluate(() => location.hash) === href, 'hash did not follow the citation');
    const t = await page.$eval('.sentence.target', (s) => ({
      text: s.textContent, cls: s.className, article: s.closest('article').id,
      inView: (() => { const r = s.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })(),
    }));
    const norm = (x) => x.replace(/\s+/g, ' ').trim();
    assert(norm(t.text) === norm(sentence), `highlighted "${norm(t.text)}" != digest "${norm(sentence)}"`);
    assert(t.cls.includes('cited-digest'), `target not highlighted as cited: ${t.cls}`);
    assert(t.inView, 'target sentence not scrolled into view');
    return `${href} -> ${t.article}`;
  });

  await check('a conflict is shown side by side with each outlet\'s sentence', async () => {
    await go(`#/story/${ferry.id}`, 'story');
    const sides = await page.$$eval('.conflict', (cs) => cs.map((c) => Array.from(c.querySelectorAll('.side')).map((s) => {
      const r = s.getBoundingClientRect();
      return {top: r.top, left: r.left, value: s.querySelector('.side-value').textContent,
              quotes: Array.from(s.querySelectorAll('blockquote')).map((b) => b.textContent),
              outlets: Array.from(s.querySelectorAll('.side-outlet a')).map((a) => a.textContent)};
    })));
    assert(sides.length > 0, 'no conflict on the ferry story');
    const c = sides.find((x) => x.length >= 2);
    assert(c, 'no conflict with two sides');
    assert(Math.abs(c[0].top - c[1].top) < 2 && c[1].left > c[0].left, 'sides are not next to each other');
    for (const s of c) assert(s.quotes.length > 0 && s.quotes.every((q) => q.length > 0) && s.outlets.length > 0,
                              'a side lacks its outlet or sentence');
    const timeline = await page.$$eval('.timeline li', (l) => l.map((x) => x.textContent));
    // The toll that rose over the day (12, 14, 17) is a revised figure with
    // its timeline, not a conflict.
    const revised = await page.$$eval('#revised .revised-fact .timeline li', (l) => l.map((x) => x.textContent));
    assert(revised.length >= 3, `no revised toll with its timeline: ${JSON.stringify(revised)}`);
    await shot('story-conflict.png');
    return `${sides.length} conflicts; e.g. ${c.map((s) => s.value + ' (' + s.outlets.join(', ') + ')').join(' vs ')}; ` +
           `timeline points ${timeline.length}`;
  });

  await check('phone width (360 px): no sideways scrolling, conflict sides stacked', async () => {
    await page.setViewport({width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2});
    await page.reload();
    await ready('story');
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(w <= 360, `page is ${w} px wide at 360`);
    const tops = await page.$$eval('.conflict .side', (s) => s.slice(0, 2).map((x) => x.getBoundingClientRect().top));
    assert(tops.length < 2 || tops[1] > tops[0], 'conflict sides not stacked on a phone');
    await page.screenshot({path: path.join(args.artifacts, 'phone-story.png')});
    await go('#/', 'list');
    const lw = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(lw <= 360, `list is ${lw} px wide at 360`);
    await page.screenshot({path: path.join(args.artifacts, 'phone-list.png')});
    await page.setViewport({width: 1280, height: 900});
    return `story ${w} px, list ${lw} px`;
  });

  await check('keyboard: skip link first, then into the page; focus is visible', async () => {
    await page.goto(base + '/', {waitUntil: 'domcontentloaded'});
    await ready('list');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({id: document.activeElement.id,
                                              outline: getComputedStyle(document.activeElement).outlineStyle,
                                              top: document.activeElement.getBoundingClientRect().top}));
    assert(first.id === 'skip-link', `first Tab focused #${first.id}`);
    assert(first.top >= 0, 'skip link stays off screen when focused');
    await page.keyboard.press('Enter');
    assert(await page.evaluate(() => document.activeElement.id) === 'main', 'skip link did not move focus to main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => ({tag: document.activeElement.tagName, id: document.activeElement.id,
                                             outline: getComputedStyle(document.activeElement).outlineStyle}));
    assert(next.tag === 'INPUT' && next.id === 'q', `after main, Tab reached ${next.tag}#${next.id}`);
    assert(next.outline !== 'none', 'no visible focus outline on the search box');
    // Enter on a focused story link opens it.
    await page.focus('#story-list > li a.story-link');
    await page.keyboard.press('Enter');
    await ready('story');
    await go('#/', 'list');
    return 'skip link, search box, story link';
  });

  await check('print stylesheet: controls hidden, the story stays', async () => {
    await go(`#/story/${ferry.id}`, 'story');
    await page.emulateMediaType('print');
    const v = await page.evaluate(() => ({
      back: getComputedStyle(document.querySelector('.back')).display,
      footer: getComputedStyle(document.querySelector('.site-footer')).display,
      digest: getComputedStyle(document.querySelector('.digest')).display,
      sides: getComputedStyle(document.querySelector('.sides')).display,
    }));
    await page.pdf({path: path.join(args.artifacts, 'story-print.pdf'), format: 'A4'});
    await page.emulateMediaType(null);
    assert(v.back === 'none' && v.footer === 'none', `navigation printed: ${JSON.stringify(v)}`);
    assert(v.digest !== 'none' && v.sides !== 'none', `story content hidden in print: ${JSON.stringify(v)}`);
    await go('#/', 'list');
    return 'story-print.pdf saved';
  });

  await check('an open story offers its new articles without a reload', async () => {
    // Into the example story: undated, so it takes the ingest time and is in
    // the clustering window (the 2024 ferry story no longer is).
    await go(`#/story/${aleppo.id}`, 'story');
    await page.evaluate(() => { window.__sameDocument = 'story'; });
    const res = await postArticles([{
      id: 'aleppo-test-wire', outlet: 'Test Wire', title: 'Aleppo evacuation stalls as shelling resumes',
      text: 'Shelling and gunfire resumed in east Aleppo on Wednesday, stalling the evacuation of rebels and ' +
            'civilians from the Syrian city, Reuters reported. The ceasefire agreed by Russia and Turkey was meant ' +
            'to let the rebel fighters leave for Idlib.\n\nRussian Foreign Minister Sergei Lavrov said the rebel ' +
            'resistance in Aleppo would end within days. Buses waiting to carry civilians out of the rebel districts ' +
            'did not move, and the Syrian government of Bashar al-Assad said it controlled east Aleppo.',
    }]);
    assert(res.articles[0].story_id === aleppo.id, `the article joined story ${res.articles[0].story_id}, not ${aleppo.id}`);
    await page.waitForSelector('#story-update:not([hidden]) button', {timeout: 15000});
    await page.click('#story-update button');
    await page.waitForFunction((n) => document.querySelectorAll('article.article').length === n, {timeout: 30000},
                               aleppo.articles + 1);
    assert(await page.evaluate(() => window.__sameDocument) === 'story', 'the page was reloaded');
    return `${aleppo.articles + 1} articles after the update`;
  });

  await check('an article POSTed through the API appears in the list without a reload', async () => {
    await go('#/', 'list');
    await page.evaluate(() => { window.__sameDocument = 'yes'; });
    await page.focus('#q');
    const before = await page.$$eval('#story-list > li', (l) => l.length);
    const res = await postArticles([{
      id: 'quake-valley-news', outlet: 'Valley News', title: 'Earthquake shakes Loran valley, bridges closed',
      published: '2030-01-05T06:00:00Z', url: 'https://valley-news.example/quake',
      text: 'A magnitude 6.1 earthquake shook the Loran valley before dawn on Sunday, closing three bridges, ' +
            'the regional seismology office said.\n\nNo deaths were reported. Engineers were inspecting the ' +
            'bridges and the valley railway line, which was suspended until further notice.',
    }]);
    const added = res.articles[0];
    assert(added && added.status === 'added', `POST answered ${JSON.stringify(res)}`);
    await page.waitForSelector(`#story-list > li[data-story-id="${added.story_id}"]`, {timeout: 10000});
    const st = await page.evaluate(() => ({same: window.__sameDocument, focus: document.activeElement.id,
                                           firstId: Number(document.querySelector('#story-list > li').dataset.storyId),
                                           n: document.querySelectorAll('#story-list > li').length}));
    assert(st.same === 'yes', 'the page was reloaded');
    assert(st.focus === 'q', `focus moved to #${st.focus}`);
    assert(st.firstId === added.story_id, 'the new story is not at the top (newest activity first)');
    assert(st.n === before + 1, `${st.n} items after, ${before} before`);
    return `story ${added.story_id} appeared on top`;
  });

  await check('hostile input: markup, javascript: URLs, RTL/zero-width characters stay text; no script ran', async () => {
    const payloadTitle = '<script>window.__pwned="title"</script>"><img src=x onerror="window.__pwned=\'img\';alert(1)">';
    const rtl = '\u202Eevil\u202C \u200Bzero\u200Dwidth\u2066iso\u2069';
    const res = await postArticles([
      {id: 'hostile-1', outlet: 'Ev"il<b>Outlet</b>' + rtl,
       title: payloadTitle + ' Harbour strike at Zell port', url: 'javascript:window.__pwned="url";alert(2)',
       published: '2030-02-01T10:00:00Z',
       text: 'Dockers at Zell port began a strike on Monday <script>window.__pwned="text"</script>, the union said. ' +
             '"><img src=x onerror="window.__pwned=\'text-img\'"> About 400 workers joined the strike at Zell port. ' +
             rtl + ' The port authority said 12 ships were waiting.'},
      {id: 'hostile-2', outlet: 'Second <svg onload=alert(3)>',
       title: 'Zell port strike enters second day <iframe src="javascript:alert(4)">',
       url: ' JaVaScRiPt:alert(5)', published: '2030-02-01T12:00:00Z',
       text: 'The strike at Zell port entered its second day, the union said, with about 450 workers ' +
             'out. The port authority said 15 ships were waiting. <a href="javascript:alert(6)">link</a>'},
    ]);
    const sid = res.articles[0].story_id;
    await page.waitForSelector(`#story-list > li[data-story-id="${sid}"]`, {timeout: 10000});
    const listTitle = await page.$eval(`#story-list > li[data-story-id="${sid}"] a.story-link`, (a) => a.textContent);
    await go(`#/story/${sid}`, 'story');
    await new Promise((r) => setTimeout(r, 500));
    const s = await page.evaluate(() => ({
      pwned: window.__pwned,
      csp: window.__csp.slice(),
      injected: document.querySelectorAll('main script, main img, main iframe, main svg, main b, body [onerror], body [onload]').length,
      jsLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) => !/^(https?:|#|\/)/i.test(a.getAttribute('href')))
                   .map((a) => a.getAttribute('href')),
      unsafeUrls: Array.from(document.querySelectorAll('.unsafe-url')).map((c) => c.textContent),
      text: document.querySelector('main').textContent,
      h1dir: document.querySelector('h1').getAttribute('dir'),
      outletInBdi: Array.from(document.querySelectorAll('.article-meta bdi')).some((b) => b.textContent.includes('\u202E')),
    }));
    assert(s.pwned === undefined, `a payload ran: window.__pwned = ${s.pwned}`);
    assert(dialogs.length === 0, `dialogs opened: ${dialogs.join(' | ')}`);
    assert(s.csp.length === 0, `CSP violations (something tried to run): ${s.csp.join(' | ')}`);
    assert(s.injected === 0, `${s.injected} elements from the payload markup are in the DOM`);
    assert(s.jsLinks.length === 0, `non-http links: ${s.jsLinks.join(', ')}`);
    assert(s.unsafeUrls.length === 2, `javascript: URLs not shown as plain text: ${JSON.stringify(s.unsafeUrls)}`);
    assert(listTitle.includes('<script>') && s.text.includes('<script>window.__pwned="text"</script>'),
           'the markup is not shown literally');
    assert(s.h1dir === 'auto' && s.outletInBdi, 'RTL text is not isolated (dir=auto / bdi)');
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    return 'window.__pwned unset, 0 dialogs, 0 CSP violations, 0 injected elements, 2 javascript: URLs shown as text';
  });

  await check('the page is served with the strict CSP and nosniff', async () => {
    const r = await fetch(base + '/');
    const csp = r.headers.get('content-security-policy') || '';
    assert(/script-src 'self'/.test(csp) && /style-src 'self'/.test(csp) && /object-src 'none'/.test(csp),
           `CSP header: "${csp}"`);
    assert(r.headers.get('x-content-type-options') === 'nosniff', 'no nosniff');
    return csp;
  });
} finally {
  clearTimeout(deadline);
  await browser.close().catch(() => {});
  server.kill('SIGTERM');
  await new Promise((r) => { if (server.exitCode !== null) r(); else server.on('exit', r); setTimeout(r, 5000); });
  fs.rmSync(tmp, {recursive: true, force: true});
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`screenshots in ${args.artifacts}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
