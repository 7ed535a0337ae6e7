/*
 * Suggestions under the header's search box as the visitor types: pages to open straight away
 * and searches to run, from /api/suggest in the page's language.
 *
 * The WAI-ARIA combobox pattern, list autocomplete with manual selection: focus stays in the
 * box; the down and up arrows move through the options (aria-activedescendant, wrapping round);
 * Enter opens the chosen option, or submits the box as typed when none is chosen; Escape closes
 * the list (the down arrow opens it again; a second Escape clears the box, as the browser does);
 * Tab leaves it closed. A status region says how many suggestions there are. Without this
 * script, or where no search server answers (the site on a static host alone), the box is the
 * plain search form it always is.
 *
 * CSP-safe: no inline script, no eval, no inline styles; only DOM building.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 150;
  // Shorter prefixes suggest little that typing one more letter would not suggest better.
  var MIN_LENGTH = 2;
  // Used until the page language's strings arrive, or if they never do.
  var FALLBACK = {
    "search.suggestions": "Suggestions",
    "search.suggest.pages": "Pages",
    "search.suggest.searches": "Searches",
    "search.suggest.count": "{count} suggestions; use the up and down arrows to choose one.",
    "search.suggest.one": "1 suggestion; use the down arrow to choose it."
  };

  var input = document.getElementById("header-search-q");
  var form = input && input.form;
  if (!form || !window.fetch || !window.URLSearchParams || !window.AbortController) {
    return;
  }
  // The form's action is the search page under the site's base path: /en/search/, or
  // /hub/en/search/ for a site published under /hub/. The API and the strings are under it too.
  var match = /^(.*\/)([a-z]{2})\/search\/$/.exec(form.getAttribute("action") || "");
  var base = match ? match[1] : "/";
  var lang = match ? match[2] : (document.documentElement.lang || "en");
  var strings = FALLBACK;
  var timer = null;
  var inFlight = null;
  var shownFor = null;
  var options = [];
  var active = -1;
  // Set when the site has no suggest API (a static host without the search server): one
  // failed request is enough to know, and each would be an error in the browser's console.
  var unavailable = false;

  function el(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === true) {
        node.setAttribute(key, "");
      } else if (value !== false && value !== null && value !== undefined) {
        node.setAttribute(key, String(value));
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function text(key, values) {
    var value = strings[key] || FALLBACK[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      value = value.split("{" + name + "}").join(values[name]);
    });
    return value;
  }

  var list = el("div", { id: "header-search-suggestions", "class": "suggestions", role: "listbox", hidden: true });
  var status = el("div", { "class": "visually-hidden", role: "status" });
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  // The browser's own list of earlier entries would cover this one.
  input.setAttribute("autocomplete", "off");
  form.classList.add("search-box--suggest");
  form.appendChild(list);
  form.appendChild(status);

  fetch(base + "_search/strings." + lang + ".json", { headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : FALLBACK; })
    .then(function (loaded) {
      strings = loaded;
      list.setAttribute("aria-label", text("search.suggestions"));
    })
    .catch(function () { /* the English fallback stays */ });
  list.setAttribute("aria-label", text("search.suggestions"));

  function close() {
    window.clearTimeout(timer);
    if (inFlight) {
      inFlight.abort();
      inFlight = null;
    }
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    shownFor = null;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    status.textContent = "";
  }

  function choose(index) {
    if (active >= 0) {
      options[active].node.classList.remove("suggestions__option--active");
      options[active].node.setAttribute("aria-selected", "false");
    }
    active = index;
    if (active >= 0) {
      var node = options[active].node;
      node.classList.add("suggestions__option--active");
      node.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", node.id);
      node.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function openPage(url) {
    window.location.assign(url);
  }

  function runSearch(term) {
    input.value = term;
    close();
    // submit(), not requestSubmit(): no submit handler is meant to see this, and the search
    // page's own script listens to its own form only.
    form.submit();
  }

  function group(name, label, items) {
    // An underscore, which no heading's id has (html/AsciiSlug): these ids are on every page.
    var labelId = "header-search-suggestions_" + name;
    return el("div", { role: "group", "class": "suggestions__group", "aria-labelledby": labelId },
      [el("div", { id: labelId, role: "presentation", "class": "suggestions__label" }, [label])].concat(items));
  }

  function option(label, itemLang, activate, kind) {
    var node = el("div", {
      id: "header-search-suggestion_" + options.length, role: "option", "aria-selected": "false",
      "class": "suggestions__option suggestions__option--" + kind, lang: itemLang
    }, [label]);
    var index = options.length;
    options.push({ node: node, activate: activate });
    // mousedown would move focus out of the box before the click lands.
    node.addEventListener("mousedown", function (event) { event.preventDefault(); });
    node.addEventListener("click", function () { choose(index); activate(); });
    return node;
  }

  function show(query, answer) {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    var pages = (answer.pages || []).map(function (page) {
      return option(page.title, page.lang, function () { openPage(page.url); }, "page");
    });
    var terms = (answer.terms || []).map(function (term) {
      return option(term, null, function () { runSearch(term); }, "search");
    });
    if (pages.length > 0) {
      list.appendChild(group("pages", text("search.suggest.pages"), pages));
    }
    if (terms.length > 0) {
      list.appendChild(group("searches", text("search.suggest.searches"), terms));
    }
    if (options.length === 0) {
      close();
      return;
    }
    shownFor = query;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = options.length === 1 ? text("search.suggest.one")
      : text("search.suggest.count", { count: String(options.length) });
  }

  function suggest() {
    var query = input.value.trim();
    if (query.length < MIN_LENGTH || unavailable) {
      close();
      return;
    }
    if (query === shownFor) {
      return;
    }
    if (inFlight) {
      inFlight.abort();
    }
    var controller = new AbortController();
    inFlight = controller;
    var params = new URLSearchParams({ q: query, lang: lang });
    fetch(base + "api/suggest?" + params.toString(), {
      headers: { Accept: "application/json" }, signal: controller.signal
    })
      .then(function (response) {
        if (!response.ok) {
          unavailable = unavailable || response.status === 404;
          throw new Error("suggest answered " + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        if (inFlight === controller && input.value.trim() === query && document.activeElement === input) {
          inFlight = null;
          show(query, answer);
        }
      })
      .catch(function () {
        // No suggestions (a static host, a busy server, an aborted request): the box still
        // searches when submitted.
        if (inFlight === controller) {
          inFlight = null;
        }
      });
  }

  input.addEventListener("input", function () {
    // An option of the list for the text before is not one for this text.
    choose(-1);
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", function (event) {
    // Keys that compose a character (an input method's Enter) are not commands.
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) {
      return;
    }
    var open = !list.hidden && options.length > 0;
    if (event.key === "ArrowDown" && !open) {
      // The list closed with Escape (or never opened): down asks for it again.
      event.preventDefault();
      window.clearTimeout(timer);
      suggest();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!open) {
        return;
      }
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      // From the box, down goes to the first option and up to the last; past either end, round.
      var next = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
      choose(next);
    } else if (event.key === "Enter") {
      if (open && active >= 0) {
        event.preventDefault();
        options[active].activate();
      }
    } else if (event.key === "Escape") {
      if (open) {
        // Closes the list only; the browser's own Escape would also clear the box.
        event.preventDefault();
        close();
      }
    } else if (event.key === "Tab") {
      close();
    }
  });

  form.addEventListener("focusout", function (event) {
    if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
      close();
    }
  });

  // Coming back to a page from the history shows it as it was left: without an open list.
  window.addEventListener("pageshow", close);
})();
