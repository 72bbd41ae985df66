// KhaSite: progressive enhancements only. Every page works without this script.
(() => {
  "use strict";

  // One popup for every preview: citation markers show their reference, links to other pages show what they lead to.
  // role=tooltip, tied to its link with aria-describedby while shown; Esc or leaving both hides it.
  const tooltip = document.createElement("div");
  tooltip.className = "cite-preview";
  tooltip.id = "cite-preview";
  tooltip.setAttribute("role", "tooltip");
  tooltip.hidden = true;
  let owner = null;
  let hideTimer = 0;

  // Fills the popup with fill(tooltip) and opens it under the link.
  function open(link, kind, fill) {
    clearTimeout(hideTimer);
    tooltip.textContent = "";
    tooltip.className = "cite-preview" + (kind ? " cite-preview--" + kind : "");
    fill(tooltip);
    // Inside the main landmark, so all of the page's content stays in landmarks (axe's "region") while it is open.
    if (!tooltip.isConnected) (document.querySelector("main") || document.body).appendChild(tooltip);
    tooltip.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(kind ? 360 : 420, document.documentElement.clientWidth - 16);
    tooltip.style.width = width + "px";
    const left = Math.max(8, Math.min(box.left + window.scrollX - 24, window.scrollX + document.documentElement.clientWidth - width - 8));
    // Page coordinates, made relative to the positioned ancestor if there is one.
    const parent = tooltip.offsetParent;
    const origin = parent && parent !== document.body && parent !== document.documentElement
      ? parent.getBoundingClientRect() : { left: -window.scrollX, top: -window.scrollY };
    tooltip.style.left = (left - origin.left - window.scrollX) + "px";
    tooltip.style.top = (box.bottom + 6 - origin.top) + "px";
    if (owner && owner !== link) owner.removeAttribute("aria-describedby");
    link.setAttribute("aria-describedby", tooltip.id);
    owner = link;
  }

  // Citation previews: hovering or focusing a marker [n] shows its reference in a tooltip.
  // Without JavaScript the marker is a plain link to the reference list.
  function show(link) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const text = target && target.querySelector(".ref-text");
    if (!text) return;
    open(link, "", (tip) => {
      const body = document.createElement("div");
      body.innerHTML = text.innerHTML; // the page's own reference list, already encoded by the generator
      tip.appendChild(body);
      const locator = link.dataset.locator;
      if (locator) {
        const where = document.createElement("div");
        where.className = "cite-preview__locator";
        where.textContent = locator;
        tip.appendChild(where);
      }
    });
  }

  // The pointer may move from the marker onto the preview (to read or select it) without it disappearing (WCAG 1.4.13).
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 300); }
  tooltip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  tooltip.addEventListener("mouseleave", hideSoon);

  function hide() {
    clearTimeout(hideTimer);
    tooltip.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  // Following a back-link focuses the marker it points to; that is a reader going back to the text, not asking for
  // the preview, which would cover the sentence they came back to.
  let arrivedAt = null;
  document.addEventListener("click", (event) => {
    const back = event.target.closest && event.target.closest('.references__back a[href^="#"]');
    if (back) arrivedAt = decodeURIComponent(back.hash.slice(1));
  }, true);
  document.querySelectorAll('.cite a[href^="#ref-"]').forEach((link) => {
    link.addEventListener("mouseenter", () => show(link));
    link.addEventListener("focus", () => {
      if (arrivedAt !== null && arrivedAt === link.id) { arrivedAt = null; return; }
      show(link);
    });
    link.addEventListener("mouseleave", hideSoon);
    link.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });

  // Page previews, as Wikipedia's: a link in the content to an article, source, event or glossary term shows the
  // target's title, summary and image from the language's previews.json, fetched on the first hover or focus and kept.
  // Off where there is no hover (touch screens): there a tap follows the link. Text goes in with textContent only.
  const previewsHref = document.currentScript && document.currentScript.dataset.previews;
  if (previewsHref && !matchMedia("(hover: none), (pointer: coarse)").matches) {
    const source = new URL(previewsHref, document.baseURI);
    const base = new URL("./", source).href;
    let entries = null;
    const load = () => entries || (entries = fetch(source).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
    const page = (url) => url.split("#")[0].split("?")[0].replace(/index\.html$/, "");
    const here = page(location.href);
    let pending = null, hoverTimer = 0;

    const previewable = (link) => link && link.href && !link.closest("nav, .cite, .references__back, .toc, .cite-preview, .lang-switch, .script-switch")
      && link.closest("main") && link.href.startsWith(base) && page(link.href) !== here;

    function preview(link) {
      pending = link;
      load().then((all) => {
        if (pending !== link) return;
        const key = decodeURIComponent(link.href.slice(base.length));
        const entry = all[key] || all[key.split("#")[0]];
        if (!entry) return;
        open(link, "page", (tip) => {
          const add = (tag, className, text) => {
            const el = document.createElement(tag);
            el.className = className;
            el.textContent = text;
            tip.appendChild(el);
            return el;
          };
          if (entry.i) {
            const img = add("img", "cite-preview__image", "");
            img.src = new URL(entry.i, source).href;
            img.alt = "";
            img.width = entry.w;
            img.height = entry.h;
          }
          add("p", "cite-preview__title", entry.t);
          if (entry.m) add("p", "cite-preview__meta", entry.m);
          if (entry.s) add("p", "cite-preview__summary", entry.s);
        });
      });
    }
    function leave(link) {
      clearTimeout(hoverTimer);
      if (pending === link) pending = null;
      if (owner === link) hideSoon();
    }
    document.addEventListener("mouseover", (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (!previewable(link) || link === pending) return;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => preview(link), 150);
    });
    document.addEventListener("mouseout", (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (link && !link.contains(event.relatedTarget)) leave(link);
    });
    document.addEventListener("focusin", (event) => { if (previewable(event.target.closest && event.target.closest("a[href]"))) preview(event.target.closest("a[href]")); });
    document.addEventListener("focusout", (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (link && previewable(link)) { if (pending === link) pending = null; if (owner === link) hide(); }
    });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") pending = null; });
  }


  // Contents: on a phone they start folded behind their title; on any screen the entry of the section being read is
  // marked as current.
  const toc = document.querySelector(".toc");
  if (toc) {
    const title = toc.querySelector(".toc__title"), list = toc.querySelector("ol");
    if (title && list && matchMedia("(max-width: 52rem)").matches) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "toc__toggle";
      button.textContent = title.textContent;
      button.setAttribute("aria-expanded", "false");
      button.setAttribute("aria-controls", list.id = "toc-list");
      title.textContent = "";
      title.appendChild(button);
      list.hidden = true;
      button.addEventListener("click", () => { list.hidden = !list.hidden; button.setAttribute("aria-expanded", String(!list.hidden)); });
    }
    const entries = [...toc.querySelectorAll('ol a[href^="#"]')]
      .map((a) => ({ a, heading: document.getElementById(decodeURIComponent(a.hash.slice(1))) }))
      .filter((e) => e.heading);
    let current = null;
    const mark = () => {
      let now = entries[0] || null;
      for (const e of entries) if (e.heading.getBoundingClientRect().top < 120) now = e;
      if (now === current) return;
      if (current) current.a.removeAttribute("aria-current");
      if (now) now.a.setAttribute("aria-current", "true");
      current = now;
    };
    if (entries.length) { mark(); addEventListener("scroll", mark, { passive: true }); }
  }

  // Light/dark: the system's choice by default; the toggle overrides it and is remembered across pages.
  const toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    const root = document.documentElement;
    const current = () => root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
    const label = () => {
      const next = current() === "dark" ? "light" : "dark";
      toggle.setAttribute("aria-label", toggle.dataset[next]);
      toggle.title = toggle.dataset[next];
      toggle.setAttribute("aria-pressed", String(current() === "dark"));
    };
    toggle.hidden = false;
    label();
    toggle.addEventListener("click", () => {
      root.dataset.theme = current() === "dark" ? "light" : "dark";
      try { localStorage.setItem("khasite-theme", root.dataset.theme); } catch (e) { /* private mode: not remembered */ }
      label();
    });
  }

  // On this day: chosen in the browser from the day-precise events, so the built page stays the same every day.
  const onThisDay = document.querySelector(".home-on-this-day");
  const data = document.getElementById("on-this-day-data");
  if (onThisDay && data) {
    const events = JSON.parse(data.textContent);
    const now = new Date();
    const today = (now.getMonth() + 1) * 100 + now.getDate();
    const key = (e) => e.m * 100 + e.d;
    let matches = events.filter((e) => key(e) === today);
    let intro = "";
    if (!matches.length && events.length) {
      const upcoming = events.slice().sort((a, b) => ((key(a) - today + 1232) % 1232) - ((key(b) - today + 1232) % 1232));
      matches = [upcoming[0]];
      intro = onThisDay.querySelector(".home-on-this-day__body").dataset.none + ":";
    }
    if (matches.length) {
      const body = onThisDay.querySelector(".home-on-this-day__body");
      if (intro) { const p = document.createElement("p"); p.textContent = intro; body.appendChild(p); }
      const list = document.createElement("ul");
      matches.forEach((e) => {
        const item = document.createElement("li");
        const date = document.createElement("span");
        date.className = "home-latest__date";
        date.textContent = e.date + " ";
        const link = document.createElement("a");
        link.href = e.href;
        link.textContent = e.title;
        item.append(date, link);
        list.appendChild(item);
      });
      body.appendChild(list);
      onThisDay.hidden = false;
    }
  }

  // Printing: links in the text print their full address (the stylesheet prints the relative one without this script).
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll(".article__body a[href]:not([href^='#'])").forEach((a) => { a.dataset.printUrl = a.href; });
  });

  // Timeline filters: without JavaScript the tag links lead to per-tag pages and the decades are anchors.
  // With it, they filter the events in place and keep the choice in the URL (?tag=…&decade=…);
  // "All events" (data-tag="") clears the tag. On a tag's own page the links stay plain links.
  const filters = document.querySelector(".timeline-filters");
  if (filters && !filters.querySelector('a[data-tag]:not([data-tag=""])[aria-current="page"]')) {
    const events = Array.from(document.querySelectorAll(".timeline-events .timeline__event"));
    const decades = Array.from(document.querySelectorAll(".timeline__decade"));
    const status = filters.querySelector(".timeline-filters__status");
    const params = new URLSearchParams(location.search);
    const state = { tag: params.get("tag"), decade: params.get("decade") };

    function apply(push) {
      let shown = 0;
      events.forEach((item) => {
        const tags = (item.dataset.tags || "").split(" ");
        const year = Number(item.dataset.year);
        const visible = (!state.tag || tags.includes(state.tag)) &&
          (!state.decade || (year >= Number(state.decade) && year < Number(state.decade) + 10));
        item.hidden = !visible;
        if (visible) shown++;
      });
      decades.forEach((section) => { section.hidden = !section.querySelector(".timeline__event:not([hidden])"); });
      // Each choice counts the events it would show together with the other choice, and offers nothing that shows none.
      const inDecade = (item, decade) => { const year = Number(item.dataset.year); return !decade || (year >= Number(decade) && year < Number(decade) + 10); };
      const hasTag = (item, tag) => !tag || (item.dataset.tags || "").split(" ").includes(tag);
      filters.querySelectorAll("a[data-tag], a[data-decade]").forEach((a) => {
        const count = a.dataset.tag !== undefined
          ? events.filter((item) => hasTag(item, a.dataset.tag) && inDecade(item, state.decade)).length
          : events.filter((item) => inDecade(item, a.dataset.decade) && hasTag(item, state.tag)).length;
        const counter = a.querySelector(".filters__count");
        if (counter) counter.textContent = "(" + count + ")";
        if (count === 0) a.setAttribute("aria-disabled", "true"); else a.removeAttribute("aria-disabled");
      });
      filters.querySelectorAll("a[data-tag]").forEach((a) => a.setAttribute("aria-pressed", String(a.dataset.tag === (state.tag || ""))));
      filters.querySelectorAll("a[data-decade]").forEach((a) => a.setAttribute("aria-pressed", String(a.dataset.decade === state.decade)));
      status.textContent = (state.tag || state.decade) ? filters.dataset.countText.replace("{0}", shown) : "";
      if (push) {
        const query = new URLSearchParams();
        if (state.tag) query.set("tag", state.tag);
        if (state.decade) query.set("decade", state.decade);
        history.replaceState(null, "", (query.toString() ? "?" + query : location.pathname));
      }
    }

    filters.addEventListener("click", (event) => {
      const link = event.target.closest("a[data-tag], a[data-decade]");
      if (!link) return;
      event.preventDefault();
      if (link.getAttribute("aria-disabled") === "true" && link.getAttribute("aria-pressed") !== "true") return;
      if (link.dataset.tag !== undefined) state.tag = link.dataset.tag && state.tag !== link.dataset.tag ? link.dataset.tag : null;
      else state.decade = state.decade === link.dataset.decade ? null : link.dataset.decade;
      apply(true);
    });
    filters.querySelectorAll("a[data-tag], a[data-decade]").forEach((a) => { a.setAttribute("role", "button"); a.removeAttribute("aria-current"); });
    filters.addEventListener("keydown", (event) => { // a button also answers to Space
      if (event.key === " " && event.target.matches("a[role=button]")) { event.preventDefault(); event.target.click(); }
    });
    apply(false);
  }
})();
