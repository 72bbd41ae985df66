// KhaSite: progressive enhancements only. Every page works without this script.
(() => {
  "use strict";

  // Citation previews: hovering or focusing a marker [n] shows its reference in a tooltip.
  // Without JavaScript the marker is a plain link to the reference list.
  const tooltip = document.createElement("div");
  tooltip.className = "cite-preview";
  tooltip.id = "cite-preview";
  tooltip.setAttribute("role", "tooltip");
  tooltip.hidden = true;
  let owner = null;

  function show(link) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const text = target && target.querySelector(".ref-text");
    if (!text) return;
    tooltip.innerHTML = "";
    const body = document.createElement("div");
    body.innerHTML = text.innerHTML;
    tooltip.appendChild(body);
    const locator = link.dataset.locator;
    if (locator) {
      const where = document.createElement("div");
      where.className = "cite-preview__locator";
      where.textContent = locator;
      tooltip.appendChild(where);
    }
    if (!tooltip.isConnected) document.body.appendChild(tooltip);
    tooltip.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    tooltip.style.width = width + "px";
    const left = Math.max(8, Math.min(box.left + window.scrollX - 24, window.scrollX + document.documentElement.clientWidth - width - 8));
    tooltip.style.left = left + "px";
    tooltip.style.top = (box.bottom + window.scrollY + 6) + "px";
    link.setAttribute("aria-describedby", tooltip.id);
    owner = link;
  }

  function hide() {
    tooltip.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  document.querySelectorAll('.cite a[href^="#ref-"]').forEach((link) => {
    link.addEventListener("mouseenter", () => show(link));
    link.addEventListener("focus", () => show(link));
    link.addEventListener("mouseleave", hide);
    link.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
})();
