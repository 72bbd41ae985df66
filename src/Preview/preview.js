// KhaSite preview: live reload and the diagnostics overlay. Added by 'dotnet run -- preview' only.
(() => {
  "use strict";
  const tag = document.querySelector("script[data-khasite-version]");
  const pageVersion = tag ? tag.dataset.khasiteVersion : "";
  const id = "khasite-preview-overlay";

  function element(name, attributes, text) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function clear() {
    const old = document.getElementById(id);
    if (old) old.remove();
  }

  function show(state) {
    clear();
    const errors = state.diagnostics.filter((d) => d.severity === "error");
    const warnings = state.diagnostics.filter((d) => d.severity !== "error");
    const failed = !state.ok;
    if (!failed && !state.notice && warnings.length === 0) return;

    const box = element("div", { id, role: failed ? "alert" : "status", "data-state": failed ? "failed" : "ok" });
    box.style.cssText = failed
      ? "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#141418;color:#f4f4f4;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem"
      : "position:fixed;right:1rem;bottom:1rem;z-index:2147483647;max-width:min(44rem,calc(100vw - 2rem));max-height:40vh;overflow:auto;background:#2b2410;color:#f6e7b8;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:.75rem 1rem;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.3)";

    const close = element("button", { type: "button", "aria-label": "Close" }, "×");
    close.style.cssText = "float:right;font:inherit;font-size:1.4em;line-height:1;background:none;border:0;color:inherit;cursor:pointer";
    close.addEventListener("click", clear);
    box.appendChild(close);

    if (failed) {
      box.appendChild(element("h2", { style: "margin:0 0 .5rem;font-size:1.25rem;color:#ff8a80" },
        state.failure ? "KhaSite: the build crashed" : `KhaSite: the build failed with ${errors.length} error(s)`));
      box.appendChild(element("p", { style: "margin:0 0 1rem;color:#bdbdbd" }, state.hasSite
        ? "The page shows the last good build. Fix the problems below and save: the page reloads by itself."
        : "There is no good build to show yet. Fix the problems below and save: the page reloads by itself."));
      if (state.failure) box.appendChild(element("pre", { class: "khasite-preview-failure", style: "white-space:pre-wrap" }, state.failure));
    }
    if (state.notice) box.appendChild(element("p", { class: "khasite-preview-notice", style: "color:#ffd54f" }, state.notice));

    const list = element("ul", { style: "list-style:none;margin:0;padding:0" });
    for (const d of failed ? errors.concat(warnings) : warnings) {
      const item = element("li", {
        class: "khasite-diagnostic",
        "data-file": d.file, "data-line": String(d.line), "data-col": String(d.col),
        "data-code": d.code, "data-severity": d.severity,
        style: "margin:0 0 .6rem",
      });
      item.appendChild(element("span", { class: "khasite-diagnostic__where", style: "color:#80cbc4" }, `${d.file}(${d.line},${d.col})`));
      item.appendChild(document.createTextNode(": "));
      item.appendChild(element("strong", { style: d.severity === "error" ? "color:#ff8a80" : "color:#ffd54f" }, `${d.severity} ${d.code}`));
      item.appendChild(document.createTextNode(": "));
      item.appendChild(element("span", { class: "khasite-diagnostic__message" }, d.message));
      list.appendChild(item);
    }
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function apply(state) {
    if (state.hasSite && state.version !== pageVersion) {
      location.reload();
      return;
    }
    show(state);
  }

  if (!window.EventSource) return;
  const preview = window.khasitePreview = { connected: false, state: null };
  const events = new EventSource("__EVENTS__");
  events.addEventListener("state", (event) => {
    preview.connected = true;
    preview.state = JSON.parse(event.data);
    apply(preview.state);
  });
})();
