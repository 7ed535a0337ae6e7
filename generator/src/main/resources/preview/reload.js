// Live preview only (./hub serve): never part of a published site. Listens to the preview
// server's events, reloads the page after a rebuild and shows build errors over the page.
(function () {
  "use strict";
  var OVERLAY_ID = "hub-preview-errors";

  function removeOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.remove(); }
  }

  function showOverlay(problems) {
    removeOverlay();
    var box = document.createElement("div");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-labelledby", OVERLAY_ID + "-title");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.92);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem";
    var title = document.createElement("h2");
    title.id = OVERLAY_ID + "-title";
    title.textContent = "The last save did not build — this is the previous version of the site";
    title.style.cssText = "margin:0 0 1rem;font-size:1.25rem;color:#ffb4a8";
    var list = document.createElement("ul");
    list.style.cssText = "font:14px/1.6 ui-monospace,monospace;padding-left:1.25rem";
    problems.forEach(function (p) {
      var item = document.createElement("li");
      item.textContent = p;
      list.appendChild(item);
    });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.style.cssText = "margin-top:1rem;font:inherit;padding:.4rem 1rem";
    close.addEventListener("click", removeOverlay);
    box.appendChild(title);
    box.appendChild(list);
    box.appendChild(close);
    document.body.appendChild(box);
    close.focus();
  }

  if (!window.EventSource) { return; }
  var events = null;

  function subscribe() {
    if (events) { return; }
    events = new EventSource("/_preview/events");
    events.addEventListener("reload", function () { window.location.reload(); });
    events.addEventListener("problems", function (e) {
      var problems = JSON.parse(e.data);
      if (problems.length) { showOverlay(problems); } else { removeOverlay(); }
    });
  }

  // A page in the back/forward cache must not hold its connection: browsers allow six per
  // host, and the seventh page visited would never load.
  window.addEventListener("pagehide", function () {
    if (events) { events.close(); events = null; }
  });
  window.addEventListener("pageshow", function (e) {
    // Back from the cache, the page may be stale: a rebuild may have happened meanwhile.
    if (e.persisted) { window.location.reload(); } else { subscribe(); }
  });
  subscribe();
}());
