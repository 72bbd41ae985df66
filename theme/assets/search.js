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

  const api = { normalize, words, stemmer };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  root.KhaSearch = api;
})(typeof window !== "undefined" ? window : globalThis);
