// crosswire web page: the story list and the story page over the JSON API of
// `crosswire serve` (docs/api.md).
//
// Safety rules this file keeps (the server's CSP backs them up):
//  - every string that came from an article, a feed or a URL reaches the DOM
//    through textContent or a text node, never innerHTML;
//  - an href is either a route we build ("#/story/7/a/<encoded id>/3") or an
//    article URL whose scheme is http: or https: (anything else is shown as text);
//  - no inline styles and no eval; layout lives in style.css;
//  - text from data sits in elements with dir="auto" or in <bdi>, so
//    right-to-left and zero-width characters cannot reorder the text around it.
//
// Views are chosen by the location hash: "#/" the list, "#/story/ID" a story,
// "#/story/ID/a/ARTICLE[/SENTENCE]" a story scrolled to one article (and one of
// its sentences, highlighted). Other hashes (the skip link's "#main") are left
// to the browser.
'use strict';

(function () {
  const POLL_MS = 3000;        // list refresh period
  const STORY_POLL_MS = 5000;  // story page: look for a newer version
  // Stories per page; "/?limit=N" (1-100) overrides it, e.g. to try "more".
  const PAGE_SIZE = (() => {
    const n = Number(new URLSearchParams(location.search).get('limit'));
    return Number.isInteger(n) && n >= 1 && n <= 100 ? n : 20;
  })();

  const main = document.getElementById('main');
  const statusBox = document.getElementById('status');
  const errorBox = document.getElementById('error');

  // ---------------------------------------------------------------- helpers

  // Builds an element. attrs: "class", "text", "on<event>" handlers, and plain
  // attributes (never an href from data: use safeExternalHref or route()).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = String(v);
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    appendAll(e, children);
    return e;
  }

  function appendAll(parent, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) {
      for (const x of c) appendAll(parent, x);
    } else if (c instanceof Node) {
      parent.appendChild(c);
    } else {
      parent.appendChild(document.createTextNode(String(c)));
    }
  }

  // Inline text from data, isolated from its neighbours' direction.
  function bdi(text) {
    return el('bdi', null, text === null || text === undefined ? '' : String(text));
  }

  // The href for an article URL, or null when it is not http(s).
  function safeExternalHref(url) {
    if (typeof url !== 'string' || url === '') return null;
    let u;
    try {
      u = new URL(url);
    } catch (_) {
      return null;
    }
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  // "2016-12-14T09:30:00Z" -> <time datetime=...>2016-12-14 09:30 UTC</time>.
  function timeEl(iso) {
    if (typeof iso !== 'string' || iso === '') return el('span', {class: 'muted'}, 'unknown');
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return el('time', null, iso);
    const text = d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    return el('time', {datetime: d.toISOString()}, text);
  }

  function timeValue(iso) {
    if (typeof iso !== 'string') return NaN;
    return new Date(iso).getTime();
  }

  function storyRoute(id) {
    return '#/story/' + encodeURIComponent(String(id));
  }

  function citeRoute(storyId, articleId, sentenceIndex) {
    let r = storyRoute(storyId) + '/a/' + encodeURIComponent(String(articleId));
    if (Number.isInteger(sentenceIndex)) r += '/' + sentenceIndex;
    return r;
  }

  async function api(path, options) {
    const opts = Object.assign({headers: {Accept: 'application/json'}}, options || {});
    const res = await fetch(path, opts);
    let body = null;
    try {
      body = await res.json();
    } catch (_) {
      body = null;
    }
    if (!res.ok) {
      const msg = body && typeof body.message === 'string' ? body.message : res.status + ' ' + res.statusText;
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    if (body === null || typeof body !== 'object') throw new Error('the server sent no JSON for ' + path);
    return body;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function clearError() {
    errorBox.hidden = true;
    errorBox.textContent = '';
  }

  function announce(message) {
    statusBox.textContent = message;
  }

  function setReady(view) {
    main.dataset.view = view;
    main.dataset.ready = '1';
  }

  // Moves keyboard focus to the new view's heading after a navigation, so a
  // screen reader announces it and Tab continues from there.
  function focusHeading() {
    const h = main.querySelector('h1');
    if (h) {
      h.setAttribute('tabindex', '-1');
      h.focus({preventScroll: false});
    }
  }

  // ---------------------------------------------------------------- list view

  const list = {
    q: '',
    stories: new Map(), // id -> story JSON
    items: new Map(),   // id -> {li, link, body, json}
    cursor: null,
    ul: null,
    more: null,
    count: null,
    empty: null,
    timer: null,
    searchTimer: null,
    loaded: false,
  };

  function listQuery(cursor) {
    const p = new URLSearchParams();
    p.set('limit', String(PAGE_SIZE));
    if (list.q !== '') p.set('q', list.q);
    if (cursor) p.set('cursor', cursor);
    return '/api/stories?' + p.toString();
  }

  function compareStories(a, b) {
    const ta = timeValue(a.last_seen);
    const tb = timeValue(b.last_seen);
    const va = Number.isNaN(ta) ? -Infinity : ta;
    const vb = Number.isNaN(tb) ? -Infinity : tb;
    if (va !== vb) return vb - va;
    return Number(b.id) - Number(a.id);
  }

  function storyItemBody(s) {
    const outlets = Array.isArray(s.outlets) ? s.outlets : [];
    const outletList = el('span', {class: 'outlet-names'});
    outlets.forEach((o, i) => {
      if (i > 0) outletList.appendChild(document.createTextNode(', '));
      outletList.appendChild(bdi(o));
    });
    const badge = Number(s.conflicts) > 0
        ? el('span', {class: 'badge badge-conflict', title: 'Outlets give different values for the same fact'},
             plural(Number(s.conflicts), 'conflict', 'conflicts'))
        : null;
    return [
      el('p', {class: 'story-meta'},
         el('span', {class: 'story-counts'},
            plural(Number(s.articles) || 0, 'article', 'articles'), ' from ',
            plural(outlets.length, 'outlet', 'outlets')),
         badge),
      outlets.length ? el('p', {class: 'story-outlets'}, outletList) : null,
      el('p', {class: 'story-times'}, 'First seen ', timeEl(s.first_seen), ' · last seen ', timeEl(s.last_seen)),
    ].filter((x) => x !== null);
  }

  function makeItem(s) {
    const link = el('a', {href: storyRoute(s.id), dir: 'auto', class: 'story-link'});
    link.textContent = s.title || 'Story ' + s.id;
    const body = el('div', {class: 'story-body'}, storyItemBody(s));
    const li = el('li', {class: 'story', 'data-story-id': s.id},
                  el('h2', {class: 'story-title'}, link), body);
    return {li, link, body, json: JSON.stringify(s)};
  }

  // Updates an existing list item in place (keeping its link element, which
  // may hold keyboard focus) or creates it. Returns true when it is new.
  function upsertStory(s) {
    list.stories.set(s.id, s);
    const old = list.items.get(s.id);
    if (!old) {
      list.items.set(s.id, makeItem(s));
      return true;
    }
    const json = JSON.stringify(s);
    if (json !== old.json) {
      old.json = json;
      old.link.textContent = s.title || 'Story ' + s.id;
      old.body.replaceChildren(...storyItemBody(s));
      old.li.classList.remove('fresh');
      void old.li.offsetWidth; // restart the highlight animation
      old.li.classList.add('fresh');
    }
    return false;
  }

  // Puts the items in newest-activity order without disturbing the reader:
  // the item at the top of the viewport stays where it is on screen and the
  // focused element keeps focus.
  function reorderList() {
    const ul = list.ul;
    if (!ul) return;
    const active = document.activeElement;
    let anchor = null;
    let anchorTop = 0;
    for (const li of ul.children) {
      const top = li.getBoundingClientRect().top;
      if (top >= 0) {
        anchor = li;
        anchorTop = top;
        break;
      }
    }
    const ordered = Array.from(list.stories.values()).sort(compareStories);
    ordered.forEach((s, i) => {
      const li = list.items.get(s.id).li;
      if (ul.children[i] !== li) ul.insertBefore(li, ul.children[i] || null);
    });
    if (anchor && window.scrollY > 0) {
      const delta = anchor.getBoundingClientRect().top - anchorTop;
      if (delta !== 0) window.scrollBy(0, delta);
    }
    if (active && active !== document.activeElement && document.contains(active)) {
      active.focus({preventScroll: true});
    }
    list.empty.hidden = ordered.length !== 0;
    list.count.textContent = ordered.length === 0 ? '' : 'Showing ' + plural(ordered.length, 'story', 'stories') +
        (list.q ? ' matching “' + list.q + '”' : '') + ', newest activity first.';
    list.more.hidden = !list.cursor;
  }

  function resetList() {
    list.stories.clear();
    list.items.clear();
    list.cursor = null;
    if (list.ul) list.ul.replaceChildren();
  }

  async function loadFirstPage() {
    const q = list.q;
    const data = await api(listQuery(null));
    if (q !== list.q) return; // a newer search replaced this one
    resetList();
    for (const s of data.stories || []) upsertStory(s);
    list.cursor = data.next_cursor || null;
    list.loaded = true;
    reorderList();
  }

  async function loadMore() {
    if (!list.cursor) return;
    list.more.disabled = true;
    try {
      const data = await api(listQuery(list.cursor));
      for (const s of data.stories || []) upsertStory(s);
      list.cursor = data.next_cursor || null;
      reorderList();
      clearError();
    } catch (e) {
      showError('Could not load more stories: ' + e.message);
    } finally {
      list.more.disabled = false;
    }
  }

  // Refreshes the first page: new stories are added, changed ones updated in
  // place; pages loaded with "more" stay.
  async function pollList() {
    if (currentView !== 'list') return;
    const q = list.q;
    try {
      const data = await api(listQuery(null));
      if (q !== list.q || currentView !== 'list') return;
      let added = 0;
      for (const s of data.stories || []) {
        if (upsertStory(s)) {
          added++;
          list.items.get(s.id).li.classList.add('fresh');
        }
      }
      if (list.stories.size === (data.stories || []).length) list.cursor = data.next_cursor || null;
      reorderList();
      if (added > 0) announce(plural(added, 'new story', 'new stories') + ' added.');
      clearError();
    } catch (e) {
      showError('Could not refresh the stories: ' + e.message);
    }
  }

  function renderList() {
    document.title = 'crosswire — stories';
    const input = el('input', {type: 'search', id: 'q', name: 'q', autocomplete: 'off',
                               placeholder: 'words in the title', value: list.q});
    input.value = list.q;
    const runSearch = () => {
      const q = input.value.trim();
      if (q === list.q) return;
      list.q = q;
      loadFirstPage().then(clearError, (e) => showError('Search failed: ' + e.message));
    };
    input.addEventListener('input', () => {
      clearTimeout(list.searchTimer);
      list.searchTimer = setTimeout(runSearch, 300);
    });
    const form = el('form', {class: 'search', role: 'search',
                             onsubmit: (ev) => { ev.preventDefault(); clearTimeout(list.searchTimer); runSearch(); }},
                    el('label', {for: 'q'}, 'Search stories'), ' ', input, ' ',
                    el('button', {type: 'submit'}, 'Search'));
    list.ul = el('ol', {class: 'story-list', id: 'story-list', 'aria-label': 'Stories'});
    list.count = el('p', {class: 'list-count muted'});
    list.empty = el('p', {class: 'empty', hidden: true},
                    'No stories yet. Add articles with ', el('code', null, 'crosswire ingest'),
                    ' or ', el('code', null, 'POST /api/articles'), '.');
    list.more = el('button', {type: 'button', class: 'more', id: 'more', hidden: true, onclick: loadMore}, 'More stories');
    // Items survive a round trip through a story page.
    for (const item of list.items.values()) list.ul.appendChild(item.li);
    main.replaceChildren(el('h1', null, 'Stories'), form, list.count, list.ul, list.empty, list.more);
    reorderList();
  }

  async function showList(focus) {
    stopTimers();
    renderList();
    if (focus) focusHeading();
    try {
      if (!list.loaded) await loadFirstPage();
      else await pollList();
      clearError();
    } catch (e) {
      showError('Could not load the stories: ' + e.message);
    }
    setReady('list');
    list.timer = setInterval(pollList, POLL_MS);
  }

  // ---------------------------------------------------------------- story view

  const story = {
    id: null,
    report: null,
    articles: new Map(), // article id -> {json (report entry), full (/api/articles), index}
    timer: null,
    version: null,
  };

  // For every article, the sentences the page cites: index -> list of reasons.
  function citedSentences(report) {
    const cited = new Map();
    const mark = (aid, si, why) => {
      if (!Number.isInteger(si)) return;
      if (!cited.has(aid)) cited.set(aid, new Map());
      const m = cited.get(aid);
      if (!m.has(si)) m.set(si, new Set());
      m.get(si).add(why);
    };
    const sentences = (report.summary && report.summary.sentences) || [];
    for (const s of sentences) {
      mark(s.article, s.sentence_index, 'digest');
      for (const sup of s.support || []) mark(sup.article, sup.sentence_index, 'digest');
    }
    for (const f of report.facts || []) {
      for (const c of f.claims || []) mark(c.article, c.sentence_index, f.verdict === 'conflict' ? 'conflict' : 'fact');
    }
    return cited;
  }

  function outletOf(aid) {
    const a = story.articles.get(aid);
    return a ? a.json.outlet || aid : aid;
  }

  function citeLink(aid, si, label) {
    const outlet = outletOf(aid);
    const a = el('a', {href: citeRoute(story.id, aid, si), class: 'cite',
                       'aria-label': outlet + (Number.isInteger(si) ? ', sentence ' + (si + 1) : '')});
    a.appendChild(bdi(label === undefined ? outlet : label));
    return a;
  }

  function renderDigest(report) {
    const summary = report.summary || {};
    const sentences = summary.sentences || [];
    const ol = el('ol', {class: 'digest'});
    for (const s of sentences) {
      const seen = new Set([s.article]);
      const also = [];
      for (const sup of s.support || []) {
        if (seen.has(sup.article)) continue;
        seen.add(sup.article);
        also.push(sup);
      }
      const cites = el('span', {class: 'cites'}, ' — ', citeLink(s.article, s.sentence_index));
      if (also.length) {
        cites.appendChild(document.createTextNode('; also '));
        also.forEach((sup, i) => {
          if (i > 0) cites.appendChild(document.createTextNode(', '));
          cites.appendChild(citeLink(sup.article, sup.sentence_index));
        });
      }
      ol.appendChild(el('li', null, el('span', {class: 'digest-text', dir: 'auto'}, s.text), cites));
    }
    const budget = summary.budget ? ' (' + summary.budget.limit + ' ' + summary.budget.unit + ')' : '';
    return el('section', {class: 'panel', 'aria-labelledby': 'h-digest'},
              el('h2', {id: 'h-digest'}, 'Digest'),
              el('p', {class: 'muted'}, 'Method ', el('code', null, summary.method || '?'), budget,
                 '. Each sentence links to the article it comes from and to the outlets that say the same.'),
              sentences.length ? ol : el('p', {class: 'empty'}, 'No digest for this story.'));
  }

  function valueKey(c) {
    return c.normalized !== null && c.normalized !== undefined ? 'n:' + JSON.stringify(c.normalized) : 'v:' + c.value;
  }

  function distinctOutlets(claims) {
    const seen = new Set();
    const out = [];
    for (const c of claims) {
      if (seen.has(c.article)) continue;
      seen.add(c.article);
      out.push(c);
    }
    return out;
  }

  function joinCites(claims) {
    const span = el('span', {class: 'cites'});
    distinctOutlets(claims).forEach((c, i) => {
      if (i > 0) span.appendChild(document.createTextNode(', '));
      span.appendChild(citeLink(c.article, c.sentence_index));
    });
    return span;
  }

  function factHeading(f) {
    return [el('span', {class: 'kind'}, f.kind), ' ', el('span', {class: 'about', dir: 'auto'}, f.about)];
  }

  // The sentence of an article, by index into the API's sentence spans.
  function sentenceText(aid, si) {
    const a = story.articles.get(aid);
    const full = a && a.full;
    if (!full || full.error || !Array.isArray(full.sentences) || !Number.isInteger(si)) return null;
    const span = full.sentences[si];
    if (!span || typeof full.text !== 'string') return null;
    const bytes = new TextEncoder().encode(full.text);
    return new TextDecoder('utf-8').decode(bytes.subarray(Number(span.begin) || 0, Number(span.end) || 0));
  }

  // The outlet's whole sentence with the claim marked in it (the claim alone
  // when the sentence is not available).
  function claimQuote(c) {
    const q = el('blockquote', {dir: 'auto'});
    const sentence = sentenceText(c.article, c.sentence_index);
    const claim = typeof c.text === 'string' ? c.text : String(c.value);
    const at = sentence ? sentence.indexOf(claim) : -1;
    if (sentence && at >= 0 && claim !== '') {
      q.append(sentence.slice(0, at), el('mark', null, claim), sentence.slice(at + claim.length));
    } else {
      q.append(sentence || claim);
    }
    return q;
  }

  // A conflict: one column per distinct value, each with the outlets that give
  // it and their sentences; plus a timeline when the articles carry times.
  function renderConflict(f) {
    const groups = new Map();
    for (const c of f.claims || []) {
      const k = valueKey(c);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(c);
    }
    const sides = el('div', {class: 'sides'});
    for (const claims of groups.values()) {
      const side = el('div', {class: 'side'},
                      el('p', {class: 'side-value', dir: 'auto'}, claims[0].value));
      const ul = el('ul', {class: 'side-claims'});
      for (const c of claims) {
        ul.appendChild(el('li', null,
                          el('p', {class: 'side-outlet'}, citeLink(c.article, c.sentence_index)),
                          claimQuote(c)));
      }
      side.appendChild(ul);
      sides.appendChild(side);
    }
    return el('div', {class: 'conflict'},
              el('h4', null, factHeading(f)), sides, renderTimeline(f));
  }

  // "Revised figures": when the articles behind a disputed figure have
  // publication times, the values in time order show how the figure moved.
  function renderTimeline(f) {
    const points = [];
    for (const c of f.claims || []) {
      const a = story.articles.get(c.article);
      const t = a ? timeValue(a.json.published) : NaN;
      if (!Number.isNaN(t)) points.push({t, c, published: a.json.published});
    }
    if (points.length < 2) return null;
    points.sort((x, y) => x.t - y.t);
    if (new Set(points.map((p) => valueKey(p.c))).size < 2) return null;
    const ol = el('ol', {class: 'timeline', 'aria-label': 'Values over time'});
    for (const p of points) {
      ol.appendChild(el('li', null, timeEl(p.published), ' ',
                        el('strong', {dir: 'auto'}, p.c.value), ' ', citeLink(p.c.article, p.c.sentence_index)));
    }
    return el('div', {class: 'revisions'}, el('p', {class: 'muted'}, 'Reported over time:'), ol);
  }

  function renderCorroboration(report) {
    const facts = report.facts || [];
    const by = (v) => facts.filter((f) => f.verdict === v);
    const agreed = by('agree');
    const conflicts = by('conflict');
    const variants = by('variant');
    const single = by('single_source');
    const section = el('section', {class: 'panel', 'aria-labelledby': 'h-corroboration'},
                       el('h2', {id: 'h-corroboration'}, 'Corroboration'));

    const agreedList = el('ul', {class: 'facts agreed'});
    for (const f of agreed) {
      const values = Array.from(new Set((f.claims || []).map((c) => c.value)));
      agreedList.appendChild(el('li', null, factHeading(f), ': ',
                                el('strong', {dir: 'auto'}, values.join(' / ')),
                                el('span', {class: 'muted'}, ' — '), joinCites(f.claims || [])));
    }
    section.appendChild(el('section', {'aria-labelledby': 'h-agreed', class: 'sub'},
                           el('h3', {id: 'h-agreed'}, 'Agreed by several outlets ',
                              el('span', {class: 'count'}, '(' + agreed.length + ')')),
                           agreed.length ? agreedList : el('p', {class: 'empty'}, 'None.')));

    const conflictBox = el('div', {class: 'conflicts'});
    for (const f of conflicts) conflictBox.appendChild(renderConflict(f));
    section.appendChild(el('section', {'aria-labelledby': 'h-conflicts', class: 'sub', id: 'conflicts'},
                           el('h3', {id: 'h-conflicts'}, 'Conflicts ',
                              el('span', {class: 'count'}, '(' + conflicts.length + ')')),
                           conflicts.length ? conflictBox : el('p', {class: 'empty'}, 'The outlets do not contradict each other.')));

    // Revised figures: one referent whose value moved one way as the coverage
    // went on (a rising toll) — not a disagreement; shown as its timeline.
    const revised = by('revised');
    const revisedBox = el('div', {class: 'revised'});
    for (const f of revised) {
      revisedBox.appendChild(el('div', {class: 'revised-fact'}, el('h4', null, factHeading(f)),
                                renderTimeline(f)));
    }
    section.appendChild(el('section', {'aria-labelledby': 'h-revised', class: 'sub', id: 'revised'},
                           el('h3', {id: 'h-revised'}, 'Revised over time ',
                              el('span', {class: 'count'}, '(' + revised.length + ')')),
                           revised.length ? revisedBox : el('p', {class: 'empty'}, 'None.')));

    const variantList = el('ul', {class: 'facts variants'});
    for (const f of variants) {
      const groups = new Map();
      for (const c of f.claims || []) {
        if (!groups.has(c.value)) groups.set(c.value, []);
        groups.get(c.value).push(c);
      }
      const spellings = el('span', {class: 'spellings'});
      let i = 0;
      for (const [value, claims] of groups) {
        if (i++ > 0) spellings.appendChild(document.createTextNode(' · '));
        spellings.appendChild(el('span', {class: 'spelling'}, el('strong', null, bdi(value)), ' (', joinCites(claims), ')'));
      }
      variantList.appendChild(el('li', null, factHeading(f), ': ', spellings));
    }
    section.appendChild(el('section', {'aria-labelledby': 'h-variants', class: 'sub'},
                           el('h3', {id: 'h-variants'}, 'Name and wording variants ',
                              el('span', {class: 'count'}, '(' + variants.length + ')')),
                           variants.length ? variantList : el('p', {class: 'empty'}, 'None.')));

    if (single.length) {
      const ul = el('ul', {class: 'facts single'});
      for (const f of single) {
        const values = Array.from(new Set((f.claims || []).map((c) => c.value)));
        ul.appendChild(el('li', null, factHeading(f), ': ', el('strong', {dir: 'auto'}, values.join(' / ')),
                          ' — ', joinCites(f.claims || [])));
      }
      section.appendChild(el('details', {class: 'sub'},
                             el('summary', null, 'Reported by one outlet only (' + single.length + ')'), ul));
    }
    return section;
  }

  function renderOutlets(report) {
    const byOutlet = new Map();
    for (const a of report.articles || []) {
      const o = a.outlet || a.id;
      if (!byOutlet.has(o)) byOutlet.set(o, []);
      byOutlet.get(o).push(a);
    }
    const ul = el('ul', {class: 'outlets'});
    for (const [outlet, arts] of byOutlet) {
      const links = el('span', null);
      arts.forEach((a, i) => {
        if (i > 0) links.appendChild(document.createTextNode(', '));
        const l = el('a', {href: citeRoute(story.id, a.id, null)});
        l.appendChild(bdi(a.title || a.id));
        links.appendChild(l);
      });
      ul.appendChild(el('li', null, el('strong', null, bdi(outlet)), ': ', links));
    }
    return el('section', {class: 'panel', 'aria-labelledby': 'h-outlets'},
              el('h2', {id: 'h-outlets'}, 'Outlets ', el('span', {class: 'count'}, '(' + byOutlet.size + ')')), ul);
  }

  // The article's text with each sentence in its own element; byte spans from
  // the API are UTF-8 offsets, so slicing happens on the encoded bytes.
  function renderArticleText(full, cited, index) {
    const box = el('div', {class: 'article-text', dir: 'auto'});
    const text = typeof full.text === 'string' ? full.text : '';
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder('utf-8');
    const slice = (b, e) => dec.decode(bytes.subarray(b, e));
    const spans = Array.isArray(full.sentences) ? full.sentences : [];
    let pos = 0;
    spans.forEach((s, si) => {
      const b = Math.max(pos, Math.min(bytes.length, Number(s.begin) || 0));
      const e = Math.max(b, Math.min(bytes.length, Number(s.end) || 0));
      if (b > pos) box.appendChild(document.createTextNode(slice(pos, b)));
      const why = cited ? cited.get(si) : undefined;
      const span = el('span', {class: 'sentence' + (why ? ' cited ' + Array.from(why).map((w) => 'cited-' + w).join(' ') : ''),
                               id: 's-' + index + '-' + si, 'data-sentence': si});
      span.textContent = slice(b, e);
      box.appendChild(span);
      pos = e;
    });
    if (pos < bytes.length) box.appendChild(document.createTextNode(slice(pos, bytes.length)));
    return box;
  }

  function renderArticles(report, cited) {
    const section = el('section', {class: 'panel', 'aria-labelledby': 'h-articles'},
                       el('h2', {id: 'h-articles'}, 'Articles'),
                       el('p', {class: 'muted legend'}, 'Highlighted: ',
                          el('span', {class: 'sentence cited cited-digest'}, 'in the digest'), ' ',
                          el('span', {class: 'sentence cited cited-fact'}, 'a corroborated fact'), ' ',
                          el('span', {class: 'sentence cited cited-conflict'}, 'a disputed fact'), '.'));
    for (const a of report.articles || []) {
      const entry = story.articles.get(a.id);
      const full = entry.full;
      const href = safeExternalHref(a.url);
      const url = a.url ? (href ? el('a', {href, rel: 'noopener noreferrer nofollow', class: 'url'}, a.url)
                                : el('code', {class: 'url unsafe-url', title: 'not an http(s) link'}, a.url))
                        : null;
      const art = el('article', {class: 'article', id: 'article-' + entry.index, tabindex: '-1',
                                 'aria-labelledby': 'article-h-' + entry.index},
                     el('h3', {id: 'article-h-' + entry.index, dir: 'auto'}, a.title || a.id),
                     el('p', {class: 'article-meta'}, el('strong', null, bdi(a.outlet || a.id)), ' · ',
                        timeEl(a.published), url ? ' · ' : null, url),
                     full && !full.error ? renderArticleText(full, cited.get(a.id), entry.index)
                                         : el('p', {class: 'error-inline'}, 'Text not available: ' + (full ? full.error : 'unknown')));
      section.appendChild(art);
    }
    return section;
  }

  function renderStoryHeader(report) {
    const s = report.story || {};
    const title = s.title || (report.articles && report.articles[0] && report.articles[0].title) || 'Story ' + story.id;
    document.title = 'crosswire — ' + title;
    const outlets = Array.isArray(s.outlets) ? s.outlets.length : new Set((report.articles || []).map((a) => a.outlet)).size;
    const nArticles = Number.isFinite(Number(s.articles)) && s.articles !== undefined ? Number(s.articles) : (report.articles || []).length;
    const conflicts = (report.facts || []).filter((f) => f.verdict === 'conflict').length;
    return [
      el('p', {class: 'back'}, el('a', {href: '#/'}, '← All stories')),
      el('h1', {dir: 'auto'}, title),
      el('p', {class: 'story-meta'}, plural(nArticles, 'article', 'articles'), ' from ', plural(outlets, 'outlet', 'outlets'),
         ' · first seen ', timeEl(s.first_seen), ' · last seen ', timeEl(s.last_seen),
         conflicts ? el('a', {class: 'badge badge-conflict', href: '#conflicts-jump', id: 'conflict-badge',
                              onclick: (ev) => { ev.preventDefault(); const c = document.getElementById('conflicts'); if (c) c.scrollIntoView(); }},
                        plural(conflicts, 'conflict', 'conflicts'))
                   : null),
      (report.warnings || []).length ? el('ul', {class: 'warnings'}, (report.warnings || []).map((w) => el('li', {dir: 'auto'}, String(w)))) : null,
    ];
  }

  // Scrolls to (and highlights) the article and sentence a citation names.
  function focusTarget(route) {
    for (const old of main.querySelectorAll('.target')) old.classList.remove('target');
    if (route.article === null) return false;
    const entry = story.articles.get(route.article);
    if (!entry) {
      showError('This story has no article ' + route.article + '.');
      return false;
    }
    const art = document.getElementById('article-' + entry.index);
    let target = art;
    if (route.sentence !== null) {
      const s = document.getElementById('s-' + entry.index + '-' + route.sentence);
      if (s) target = s;
    }
    if (!target) return false;
    target.classList.add('target');
    if (target !== art) target.setAttribute('tabindex', '-1');
    target.focus({preventScroll: true});
    target.scrollIntoView({block: 'center'});
    return true;
  }

  async function showStory(route, focus) {
    if (story.id === route.id && story.report && currentView === 'story') {
      clearError();
      if (!focusTarget(route)) focusHeading();
      return;
    }
    stopTimers();
    const token = ++navToken;
    main.replaceChildren(el('p', {class: 'loading'}, 'Loading story ' + route.id + '…'));
    let report;
    try {
      report = await api('/api/stories/' + encodeURIComponent(String(route.id)));
    } catch (e) {
      if (token !== navToken) return;
      main.replaceChildren(el('p', {class: 'back'}, el('a', {href: '#/'}, '← All stories')),
                           el('h1', null, 'Story ' + route.id),
                           el('p', {class: 'error-inline'}, e.status === 404 ? 'There is no such story.' : 'Could not load the story: ' + e.message));
      setReady('story-error');
      return;
    }
    const arts = report.articles || [];
    const fulls = await Promise.all(arts.map((a) =>
        api('/api/articles/' + encodeURIComponent(a.id)).catch((e) => ({error: e.message}))));
    if (token !== navToken) return;
    story.id = route.id;
    story.report = report;
    story.version = report.story ? report.story.version : null;
    story.articles = new Map();
    arts.forEach((a, i) => story.articles.set(a.id, {json: a, full: fulls[i], index: i}));
    const cited = citedSentences(report);
    main.replaceChildren(
        ...renderStoryHeader(report).filter((x) => x !== null),
        el('div', {class: 'update', id: 'story-update', hidden: true}),
        el('div', {class: 'story-grid'},
           el('div', {class: 'story-main'}, renderDigest(report), renderCorroboration(report)),
           el('div', {class: 'story-side'}, renderOutlets(report))),
        renderArticles(report, cited));
    clearError();
    setReady('story');
    if (!focusTarget(route) && focus) focusHeading();
    story.timer = setInterval(pollStory, STORY_POLL_MS);
  }

  // A newer version of the open story is offered, not forced: re-rendering
  // under the reader would lose their place.
  async function pollStory() {
    if (currentView !== 'story' || story.id === null) return;
    const id = story.id;
    try {
      const data = await api('/api/stories/' + encodeURIComponent(String(id)));
      const s = data.story;
      if (!s || currentView !== 'story' || story.id !== id) return;
      if (story.version !== null && s.version !== story.version) {
        const box = document.getElementById('story-update');
        if (!box || !box.hidden) return;
        box.replaceChildren('This story has new articles. ',
                            el('button', {type: 'button', onclick: () => { story.report = null; showStory(parseHash(), true); }},
                               'Show the updated story'));
        box.hidden = false;
        announce('This story has new articles.');
      }
    } catch (_) {
      // A failed background check is not worth an alert; the next one retries.
    }
  }

  // ---------------------------------------------------------------- routing

  let currentView = null;
  let navToken = 0;

  function stopTimers() {
    clearInterval(list.timer);
    clearInterval(story.timer);
    list.timer = null;
    story.timer = null;
  }

  function parseHash() {
    const h = location.hash;
    if (h === '' || h === '#' || h === '#/') return {view: 'list'};
    const m = /^#\/story\/(\d+)(?:\/a\/([^/]+)(?:\/(\d+))?)?\/?$/.exec(h);
    if (m) {
      let article = null;
      try {
        article = m[2] !== undefined ? decodeURIComponent(m[2]) : null;
      } catch (_) {
        return {view: 'notfound'};
      }
      return {view: 'story', id: Number(m[1]), article, sentence: m[3] !== undefined ? Number(m[3]) : null};
    }
    if (h.startsWith('#/')) return {view: 'notfound'};
    return null; // an in-page anchor: not ours
  }

  function route(initial) {
    const r = parseHash();
    if (r === null) return;
    main.dataset.ready = '0';
    clearError();
    if (r.view === 'list') {
      navToken++;
      currentView = 'list';
      showList(!initial);
    } else if (r.view === 'story') {
      const same = currentView === 'story' && story.id === r.id;
      currentView = 'story';
      if (!same) story.report = null;
      showStory(r, !initial).then(() => { main.dataset.ready = '1'; });
    } else {
      stopTimers();
      currentView = 'notfound';
      main.replaceChildren(el('h1', null, 'Not found'), el('p', null, el('a', {href: '#/'}, 'Back to the stories')));
      setReady('notfound');
      if (!initial) focusHeading();
    }
  }

  document.getElementById('skip-link').addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', () => route(false));
  route(true);
})();
