// KhaSite search: the site's own index (search/<lang>/), stemmed in the page by the same table the build used.
// The stemmer below is a line-by-line port of src/Render/Search/WordStemmer.cs; a test runs both on the same words.
(function (root) {
  "use strict";

  const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
  const MARKS = /\p{M}/gu;

  function normalize(word) { return word.toLowerCase().normalize("NFC").replace(MARKS, ""); }

  function words(text) { return Array.from(text.matchAll(WORD), (m) => ({ word: normalize(m[0]), index: m.index, length: m[0].length })); }

  function stemmer(rules) {
    const r = rules || { minStem: 1e9, vowels: "", keep: [], back: "", front: "", translit: [], layers: [], restore: [], elision: null, fold: [], stop: [] };
    const layers = r.layers.map((l) => l.endings.map((e) => (typeof e === "string" ? { e, to: "", after: "", notAfter: "" }
      : { e: e.e, to: e.to || "", after: e.after || "", notAfter: e.notAfter || "" })));
    const endingOnly = new Set(layers.flat().map((e) => e.e));
    const stop = new Set(r.stop);
    const keep = new Set(r.keep);
    const fold = new Map(r.fold);
    const translitFirst = new Set(r.translit.map((t) => t[0][0]));

    const harmonyOf = (c) => (r.back.includes(c) ? 1 : r.front.includes(c) ? 2 : 0);
    function harmonyOfText(text) { for (const c of text) { const h = harmonyOf(c); if (h) return h; } return 0; }

    function transliterate(word) {
      if (!r.translit.length || !Array.from(word).some((c) => (c >= "a" && c <= "z") || translitFirst.has(c))) return word;
      let out = "";
      for (let i = 0; i < word.length;) {
        const pair = r.translit.find((t) => word.startsWith(t[0], i));
        if (!pair) { out += word[i]; i++; continue; }
        out += pair[1];
        i += pair[0].length;
      }
      return out;
    }

    function allowed(word, ending) {
      const stem = word.slice(0, word.length - ending.e.length);
      if (stem.length < r.minStem || !Array.from(stem).some((c) => r.vowels.includes(c))) return false;
      const before = stem[stem.length - 1];
      if (ending.after && !ending.after.includes(before)) return false;
      if (ending.notAfter && ending.notAfter.includes(before)) return false;
      const endingClass = harmonyOfText(ending.e);
      let stemClass = 0;
      for (let i = stem.length - 1; i >= 0; i--) if (r.vowels.includes(stem[i])) { stemClass = harmonyOf(stem[i]); break; }
      return endingClass === 0 || stemClass === 0 || endingClass === stemClass;
    }

    function restore(w) {
      for (const [from, to] of r.restore) if (w.endsWith(from)) return w.slice(0, w.length - from.length) + to;
      return w;
    }

    function stem(word) {
      let w = word;
      for (let pass = 0; pass < 6; pass++) {
        let changed = false;
        for (const layer of layers) {
          if (keep.has(foldLetters(w))) return w;
          let best = null;
          for (const ending of layer)
            if (w.endsWith(ending.e) && (best === null || ending.e.length > best.e.length) && allowed(w, ending)) best = ending;
          if (best === null) continue;
          w = restore(w.slice(0, w.length - best.e.length) + best.to);
          changed = true;
        }
        if (!changed) break;
      }
      return restore(w);
    }

    function elide(w) {
      const el = r.elision;
      if (!el || w.length < 4) return w;
      const n = w.length;
      return el.vowels.includes(w[n - 4]) && !el.vowels.includes(w[n - 3]) && el.drop.includes(w[n - 2]) && !el.vowels.includes(w[n - 1])
        ? w.slice(0, n - 2) + w[n - 1] : w;
    }

    function foldLetters(w) {
      if (!fold.size) return w;
      let out = "";
      for (const c of w) out += fold.has(c) ? fold.get(c) : c;
      return out;
    }

    function key(word) {
      if (!word.length || stop.has(word) || endingOnly.has(word)) return null;
      const w = foldLetters(elide(stem(transliterate(word))));
      return w.length ? w : null;
    }

    return { key, stem };
  }

  // Ranking: each posting carries its relevance ×16 plus, for a word of the title or another name, that name's
  // length in words (src/Render/Search/SearchIndex.cs decides both). A page matching every word of the query comes
  // before one matching some; among them, the sum of the best posting per word, plus a bonus when every word is in
  // the page's title or other names, and a bigger one when the query is an article's whole title or alias.
  const PREFIX_FACTOR = 0.5; // times the share of the longer key the query word covers
  const ALL_IN_NAME_BONUS = 40;
  const WHOLE_NAME_BONUS = 100;

  function shardFile(prefix) { return Array.from(prefix, (c) => c.codePointAt(0).toString(16)).join("-"); }

  function shardFor(meta, key) {
    if (key.length >= 3 && meta.shardSet.has(key.slice(0, 3))) return key.slice(0, 3);
    const two = key.length <= 2 ? key : key.slice(0, 2);
    return meta.shardSet.has(two) ? two : null;
  }

  function queryKeys(meta, text) {
    const keys = [];
    for (const w of words(text)) {
      const k = meta.stemmer.key(w.word);
      if (k && !keys.includes(k)) keys.push(k);
    }
    return keys;
  }

  /** Scores the documents for the query keys; loadShard(prefix) gives a shard's postings. */
  async function rank(meta, keys, loadShard) {
    const scores = new Map();
    for (const q of keys) {
      const prefix = shardFor(meta, q);
      if (prefix === null) continue;
      const shard = await loadShard(prefix);
      const best = new Map();
      for (const key of Object.keys(shard)) {
        const exact = key === q;
        if (!exact && !(q.length >= 3 && key.startsWith(q))) continue;
        const list = shard[key];
        let doc = 0;
        for (let j = 0; j < list.length; j += 2) {
          doc += list[j];
          const value = (list[j + 1] >> 4) * (exact ? 1 : PREFIX_FACTOR * q.length / key.length);
          const name = exact ? list[j + 1] & 15 : 0;
          const current = best.get(doc);
          if (!current) best.set(doc, { value, name });
          else { current.value = Math.max(current.value, value); if (name && (!current.name || name < current.name)) current.name = name; }
        }
      }
      for (const [doc, b] of best) {
        const s = scores.get(doc) || { sum: 0, matched: 0, named: 0, longest: 0 };
        s.sum += b.value; s.matched++;
        if (b.name) { s.named++; s.longest = Math.max(s.longest, b.name); }
        scores.set(doc, s);
      }
    }
    // The bonus for all words in a name is weighted by kind like the postings; the one for a whole name is an
    // article's only (kind 0): a glossary term or a dataset named exactly like the query comes after the article.
    const n = keys.length;
    const kind = (doc) => parseInt(meta.dk[doc], 36);
    const hits = Array.from(scores, ([doc, s]) => ({ doc, matched: s.matched,
      score: s.sum + (s.named === n ? ALL_IN_NAME_BONUS * meta.kf[kind(doc)] + (s.longest === n && kind(doc) === 0 ? WHOLE_NAME_BONUS : 0) : 0) }));
    const all = hits.filter((h) => h.matched === n);
    return (all.length ? all : hits).sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc - b.doc);
  }

  const api = { normalize, words, stemmer, shardFile, shardFor, queryKeys, rank };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  root.KhaSearch = api;
  if (typeof document !== "undefined") page(api);

  function page() {
    const box = document.getElementById("search");
    const input = document.getElementById("search-input");
    if (!box || !input) return;
    const strings = JSON.parse(box.dataset.strings);
    const indexBase = new URL(box.dataset.index, location.href);
    const siteRoot = new URL(box.dataset.root, location.href);
    const status = box.querySelector(".search__status");
    const filters = box.querySelector(".search__filters");
    const list = box.querySelector(".search__results");
    const more = box.querySelector(".search__more");
    const others = Array.from(document.querySelectorAll(".search__other"));
    const PAGE = 10;
    box.hidden = false;

    const cache = new Map();
    function load(path) {
      if (!cache.has(path)) {
        cache.set(path, fetch(new URL(path, indexBase)).then((r) => {
          if (!r.ok) throw new Error(path + ": " + r.status);
          return r.json();
        }));
      }
      return cache.get(path);
    }
    let metaPromise = null;
    function meta() {
      if (!metaPromise) {
        metaPromise = load("meta.json").then((m) => Object.assign(m, { stemmer: stemmer(m.rules), shardSet: new Set(m.shards) }));
      }
      return metaPromise;
    }

    const state = { text: "", keys: [], hits: [], kind: "", section: "", shown: 0, run: 0 };
    const fill = (template, values) => template.replace(/\[(\w+)\]/g, (all, name) => (name in values ? values[name] : all));

    async function search(text) {
      const run = ++state.run;
      state.text = text.trim();
      for (const a of others) {
        const url = new URL(a.href);
        if (state.text) url.searchParams.set("q", state.text); else url.searchParams.delete("q");
        a.href = url.href;
      }
      history.replaceState(null, "", state.text ? "?q=" + encodeURIComponent(state.text) : location.pathname);
      if (!state.text) { state.hits = []; list.textContent = ""; status.textContent = ""; filters.hidden = true; more.hidden = true; box.dataset.done = ""; return; }
      status.textContent = fill(strings.searching, { SEARCH_TERM: state.text });
      try {
        const m = await meta();
        const keys = queryKeys(m, state.text);
        const hits = keys.length ? await rank(m, keys, (prefix) => load("s/" + shardFile(prefix) + ".json")) : [];
        if (run !== state.run) return;
        Object.assign(state, { keys, hits, kind: "", section: "", shown: 0, meta: m });
        await show(PAGE, run);
      } catch (e) {
        if (run === state.run) { status.textContent = strings.error_search; box.dataset.done = state.text; }
      }
    }

    const kindOf = (h) => state.meta.kinds[digit(state.meta.dk[h.doc])];
    const sectionOf = (h) => digit(state.meta.ds[h.doc]);
    const kindFits = (h) => !state.kind || kindOf(h) === state.kind;
    const sectionFits = (h) => !state.section || state.meta.sections[sectionOf(h)][0] === state.section;
    function filtered() { return state.hits.filter((h) => kindFits(h) && sectionFits(h)); }
    const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const digit = (c) => DIGITS.indexOf(c);

    async function show(count, run) {
      const hits = filtered();
      const total = hits.length;
      status.textContent = fill(total === 0 ? strings.zero_results : total === 1 ? strings.one_result : strings.many_results,
        { SEARCH_TERM: state.text, COUNT: String(total) });
      drawFilters();
      const docs = await Promise.all(hits.slice(0, count).map((h) => load("d/" + h.doc + ".json")));
      if (run !== state.run) return;
      list.textContent = "";
      docs.forEach((d) => list.appendChild(item(d)));
      state.shown = docs.length;
      more.hidden = state.shown >= total;
      if (!more.hidden) more.textContent = strings.load_more + " (" + fill(strings.shown, { SHOWN: state.shown + "/" + total }) + ")";
      box.dataset.done = state.text; // the query whose results are shown (for tests and styles)
    }

    function drawFilters() {
      const m = state.meta;
      filters.textContent = "";
      if (state.hits.length < 2) { filters.hidden = true; return; }
      // Each group counts the results the other group's choice leaves.
      const group = (label, name, hits, values) => {
        if (values.length < 2 && !state[name]) return;
        const wrap = document.createElement("div");
        wrap.className = "search__filter";
        const title = document.createElement("span");
        title.className = "search__filter-title";
        title.textContent = label;
        wrap.appendChild(title);
        [["", strings.filter_all, hits.length]].concat(values).forEach(([value, text, n]) => {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "search__chip";
          b.dataset.filter = name;
          b.dataset.value = value;
          b.setAttribute("aria-pressed", String(state[name] === value));
          b.textContent = text + " (" + n + ")";
          wrap.appendChild(b);
        });
        filters.appendChild(wrap);
      };
      const count = (hits, f) => { const c = new Map(); hits.forEach((h) => { const k = f(h); c.set(k, (c.get(k) || 0) + 1); }); return c; };
      const inSection = state.hits.filter(sectionFits);
      const kinds = count(inSection, kindOf);
      group(strings.filter_kind, "kind", inSection, m.kinds.filter((k) => kinds.has(k)).map((k) => [k, strings["kind_" + k], kinds.get(k)]));
      const ofKind = state.hits.filter(kindFits);
      const sections = count(ofKind, sectionOf);
      group(strings.filter_section, "section", ofKind,
        Array.from(sections.keys()).sort((a, b) => a - b).map((i) => [m.sections[i][0], m.sections[i][1], sections.get(i)]));
      filters.hidden = !filters.childElementCount;
    }

    function item(d) {
      const li = document.createElement("li");
      li.className = "search-result";
      const a = document.createElement("a");
      a.className = "search-result__link";
      a.href = new URL(d.u, siteRoot).href;
      a.textContent = d.t;
      const heading = document.createElement("h2");
      heading.className = "search-result__title";
      heading.appendChild(a);
      const meta = document.createElement("p");
      meta.className = "search-result__meta";
      const kind = document.createElement("span");
      kind.className = "search-result__kind";
      kind.textContent = strings["kind_" + d.k];
      meta.append(kind, " · " + d.s);
      li.append(heading, meta);
      const excerpt = excerptOf(d.x);
      if (excerpt) li.appendChild(excerpt);
      return li;
    }

    const matches = (key) => key !== null && state.keys.some((q) => key === q || (q.length >= 3 && key.startsWith(q)));

    /** About 30 words of the text around the first match, every matching word marked; the start of the text without one. */
    function excerptOf(raw) {
      if (!raw) return null;
      const text = raw.replace(/([.!?:;…])\n/g, "$1 ").replace(/\n/g, " · ");
      const found = words(text).map((w) => ({ ...w, hit: matches(state.meta.stemmer.key(w.word)) }));
      const first = found.findIndex((w) => w.hit);
      const from = Math.max(0, (first < 0 ? 0 : first) - 8);
      const to = Math.min(found.length, from + 32);
      if (to <= from) return null;
      const p = document.createElement("p");
      p.className = "search-result__excerpt";
      let at = from === 0 ? 0 : found[from].index;
      if (from > 0) p.append("… ");
      for (let i = from; i < to; i++) {
        const w = found[i];
        if (!w.hit) continue;
        p.append(text.slice(at, w.index));
        const mark = document.createElement("mark");
        mark.textContent = text.slice(w.index, w.index + w.length);
        p.appendChild(mark);
        at = w.index + w.length;
      }
      const end = to < found.length ? found[to - 1].index + found[to - 1].length : text.length;
      p.append(text.slice(at, end) + (to < found.length ? " …" : ""));
      return p;
    }

    filters.addEventListener("click", (event) => {
      const b = event.target.closest("button[data-filter]");
      if (!b) return;
      state[b.dataset.filter] = b.dataset.value;
      show(PAGE, state.run).then(() => {
        const again = filters.querySelector(`button[data-filter="${b.dataset.filter}"][data-value="${CSS.escape(b.dataset.value)}"]`);
        if (again) again.focus();
      });
    });
    more.addEventListener("click", () => {
      const next = state.shown;
      show(state.shown + PAGE, state.run).then(() => { const links = list.querySelectorAll(".search-result__link"); if (links[next]) links[next].focus(); });
    });

    // Keyboard: ↓ from the box to the first result, ↑/↓ through the results, ↑ from the first back to the box; Enter opens.
    input.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowDown") return;
      const first = list.querySelector(".search-result__link");
      if (first) { event.preventDefault(); first.focus(); }
    });
    list.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      const links = Array.from(list.querySelectorAll(".search-result__link"));
      const i = links.indexOf(document.activeElement);
      if (i < 0) return;
      event.preventDefault();
      if (event.key === "ArrowDown" && i + 1 < links.length) links[i + 1].focus();
      else if (event.key === "ArrowUp") (i > 0 ? links[i - 1] : input).focus();
    });

    let timer = 0;
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => search(input.value), 120); });
    input.form.addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); search(input.value); });
    const initial = new URLSearchParams(location.search).get("q");
    if (initial) { input.value = initial; search(initial); }
  }
})(typeof window !== "undefined" ? window : globalThis);
