/*
 * Search as you type, on top of a search page that already works without JavaScript.
 *
 * Without this script the form submits to /<lang>/search/ and the server renders the results
 * into #search-results with layouts/partials/search-results.mustache. With it, typing or
 * changing a filter fetches /api/search (debounced), builds the same markup as that partial
 * (same elements, same classes), keeps the query and filters in the URL (history.replaceState)
 * and lets the aria-live region announce the new result count. UI strings come from
 * /_search/strings.<lang>.json, the same file the server uses.
 *
 * The results block itself is built by search-results.js, which the search page loads first.
 * CSP-safe: no inline script, no eval, no inline styles; only DOM building.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 200;
  var DEFAULT_SIZE = 10;
  var MAX_WINDOW = 1000;
  var FACETS = ["type", "city", "network", "theme", "year", "lang"];
  // A facet with more values than FOLDED_FROM shows the first SHOWN and folds the rest.
  var FOLDED_FROM = 10;
  var SHOWN = 8;

  // The page's own search form: the header's search box is a form[role=search] too, and
  // comes first; it submits normally, to this page.
  var input = document.getElementById("search-q");
  var form = input && input.form;
  var results = document.getElementById("search-results");
  // search-results.js, loaded just before this script, builds the results block.
  var renderResults = window.transferHubSearchResults;
  if (!form || !input || !results || !renderResults || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var action = form.getAttribute("action") || window.location.pathname;
  // The action is the search page under the site's base path: /en/search/, or /hub/en/search/
  // for a site published under /hub/. The strings and the API are under the same path.
  var langMatch = /^(.*\/)([a-z]{2})\/search\/$/.exec(action);
  var base = langMatch ? langMatch[1] : "/";
  var lang = langMatch ? langMatch[2] : (document.documentElement.lang || "en");
  var strings = null;
  var timer = null;
  var retryTimer = null;
  // A busy server (503 with Retry-After) is asked once more after the seconds it names, at most this many.
  var MAX_RETRY_SECONDS = 5;
  var inFlight = null;
  // The page's own title, without the result count the server puts before it ("3 results for
  // “x” – Search – Hub"): each new result count goes before it again, as the server does.
  var renderedCount = results.querySelector(".search-results__count");
  var baseTitle = renderedCount && document.title.indexOf(renderedCount.textContent + " – ") === 0
    ? document.title.substring(renderedCount.textContent.length + 3) : document.title;

  function text(key, values) {
    var value = (strings && strings[key]) || key;
    Object.keys(values || {}).forEach(function (name) {
      value = value.split("{" + name + "}").join(values[name]);
    });
    return value;
  }

  function loadStrings() {
    if (strings) {
      return Promise.resolve(strings);
    }
    return fetch(base + "_search/strings." + lang + ".json", { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .catch(function () { return {}; })
      .then(function (loaded) { strings = loaded; return strings; });
  }

  /* ---- parameters, as the server reads them ---- */

  function currentParams() {
    var params = new URLSearchParams(window.location.search);
    params.set("q", input.value);
    params.delete("page");
    return params;
  }

  function filterParams(filters) {
    var params = new URLSearchParams();
    params.set("q", input.value);
    new FormData(filters).forEach(function (value, name) {
      if (name !== "q" && value !== "") {
        params.append(name, value);
      }
    });
    if (params.get("sort") === "relevance") {
      params.delete("sort");
    }
    var size = new URLSearchParams(window.location.search).get("size");
    if (size) {
      params.set("size", size);
    }
    return params;
  }

  /** The page URL the server would build for these parameters (same order, same omissions). */
  function pageUrl(params) {
    var parts = ["q=" + encodeURIComponent(params.get("q") || "").replace(/%20/g, "+")];
    if (params.get("lang")) {
      parts.push("lang=" + encodeURIComponent(params.get("lang")));
    }
    ["type", "city", "network", "theme", "year"].forEach(function (name) {
      params.getAll(name).slice().sort().forEach(function (value) {
        parts.push(name + "=" + encodeURIComponent(value));
      });
    });
    if (params.get("sort") === "date") {
      parts.push("sort=date");
    }
    var page = parseInt(params.get("page") || "0", 10);
    if (page > 0) {
      parts.push("page=" + page);
    }
    var size = parseInt(params.get("size") || String(DEFAULT_SIZE), 10);
    if (size !== DEFAULT_SIZE) {
      parts.push("size=" + size);
    }
    return action + "?" + parts.join("&");
  }

  function changed(params, change) {
    var copy = new URLSearchParams(params.toString());
    change(copy);
    return pageUrl(copy);
  }

  /* ---- the view model: the same one ResultsViewBuilder builds on the server ---- */

  function view(params, response) {
    var query = params.get("q") || "";
    var total = response.total;
    var heading = total === 0 ? text("search.noResults", { query: query })
      : total === 1 ? text("search.resultsOne", { query: query })
      : text("search.resultsCount", { count: String(total), query: query });
    var page = parseInt(params.get("page") || "0", 10);
    var size = parseInt(params.get("size") || String(DEFAULT_SIZE), 10);
    var pages = Math.ceil(Math.min(total, MAX_WINDOW) / size);
    // Each value once, as the server counts them (a repeated parameter chooses nothing more).
    var chosen = FACETS.reduce(function (sum, name) {
      return sum + params.getAll(name).filter(function (value, i, all) { return all.indexOf(value) === i; }).length;
    }, 0);
    var filtered = chosen > 0;
    // Every hit's language is among the language facet's values, named as the filter names them.
    var languageNames = {};
    (response.facets.lang || []).forEach(function (v) { languageNames[v.value] = v.label; });
    return {
      action: action,
      heading: heading,
      partial: response.partial ? text("search.partial") : null,
      suggestion: response.suggestion ? {
        label: text("search.didYouMean"),
        text: response.suggestion,
        url: changed(params, function (p) { p.set("q", response.suggestion); p.delete("page"); })
      } : null,
      filters: {
        label: text("search.filters"),
        chosen: filtered ? text("search.filtersChosen", { count: String(chosen) }) : null,
        query: query,
        sortLabel: text("search.sort"),
        sortOptions: [
          { value: "relevance", label: text("search.sort.relevance"), selected: params.get("sort") !== "date" },
          { value: "date", label: text("search.sort.date"), selected: params.get("sort") === "date" }
        ],
        facets: FACETS.filter(function (name) {
          return response.facets[name] && response.facets[name].length > 0;
        }).map(function (name) {
          var values = response.facets[name].map(function (v) {
            return {
              id: "search-" + name + "-" + v.value, param: name, inputType: name === "lang" ? "radio" : "checkbox",
              // Types are named by the theme's strings, as on the server (ResultsViewBuilder.label).
              value: v.value, label: name === "type" ? text("type." + v.value) : v.label, count: v.count,
              selected: v.selected
            };
          });
          // A long facet folds all but its first values, as on the server (ResultsViewBuilder.facet).
          var rest = values.length > FOLDED_FROM ? values.slice(SHOWN) : [];
          return {
            param: name,
            label: text("search.facet." + name),
            values: rest.length > 0 ? values.slice(0, SHOWN) : values,
            more: rest.length > 0 ? {
              label: text("search.moreValues", { count: String(rest.length) }),
              fewerLabel: text("search.fewerValues"),
              open: rest.some(function (v) { return v.selected; }),
              values: rest
            } : null
          };
        }),
        applyLabel: text("search.apply"),
        clear: filtered ? {
          url: changed(params, function (p) {
            FACETS.forEach(function (name) { p.delete(name); });
            p.delete("page");
          }),
          label: text("search.clearFilters")
        } : null
      },
      start: page * size + 1,
      hits: response.hits.map(function (hit) {
        return {
          url: hit.url, title: hit.title, lang: hit.lang,
          language: hit.lang === lang ? null : (languageNames[hit.lang] || hit.lang),
          typeLabel: text("type." + hit.type), date: hit.date, snippet: hit.snippet
        };
      }),
      pagination: page >= pages && pages > 0 ? {
        label: text("search.pastEnd", { page: String(page + 1) }),
        previous: {
          url: changed(params, function (p) { p.set("page", String(pages - 1)); }), label: text("search.lastPage"),
          rel: null
        },
        next: null
      } : pages > 1 ? {
        label: text("search.page", { page: String(page + 1), pages: String(pages) }),
        previous: page > 0 ? {
          url: changed(params, function (p) { p.set("page", String(page - 1)); }), label: text("search.previous"),
          rel: "prev"
        } : null,
        next: page + 1 < pages ? {
          url: changed(params, function (p) { p.set("page", String(page + 1)); }), label: text("search.next"),
          rel: "next"
        } : null
      } : null
    };
  }

  /* ---- the filters, folded on narrow screens ---- */

  // The width at which main.css puts the filters beside the hits. Narrower, the server's open
  // panel would put the first hit below every facet value.
  var narrow = window.matchMedia("not all and (min-width: 64rem)");

  function fold(panel, folded) {
    if (panel) {
      panel.open = !folded;
    }
  }

  /* ---- running a search ---- */

  /** @param toResults whether focus goes to the new results' heading (after a change of page) */
  function show(node, toResults) {
    // A keyboard user who ticked a facet or changed the sort keeps their place: the new
    // results have an element with the same id, and focus goes back to it.
    var focused = document.activeElement;
    var focusedId = focused && focused.id && results.contains(focused) ? focused.id : null;
    // The new filters are folded or not as the old ones were: a visitor who unfolded them on
    // a narrow screen is choosing among them.
    var panel = results.querySelector(".search-filters__panel");
    fold(node.querySelector(".search-filters__panel"), panel ? !panel.open : narrow.matches);
    // So do a long facet's values the visitor unfolded.
    results.querySelectorAll(".search-facet__more[open]").forEach(function (more) {
      var facet = more.closest(".search-facet").getAttribute("data-facet");
      fold(node.querySelector(".search-facet[data-facet='" + facet + "'] .search-facet__more"), false);
    });
    results.replaceChildren(node);
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) {
        again.focus({ preventScroll: true });
      }
    }
    results.removeAttribute("aria-busy");
    var count = node.querySelector(".search-results__count");
    document.title = count ? count.textContent + " – " + baseTitle : baseTitle;
    if (toResults && count) {
      // The next page's first hit is below this heading; the link that led here is gone.
      count.setAttribute("tabindex", "-1");
      count.focus();
    }
  }

  function search(params, toResults, retried) {
    window.clearTimeout(retryTimer);
    if (inFlight) {
      inFlight.abort();
    }
    if (!(params.get("q") || "").trim()) {
      inFlight = null;
      results.replaceChildren();
      document.title = baseTitle;
      window.history.replaceState(null, "", action);
      return;
    }
    var controller = new AbortController();
    inFlight = controller;
    results.setAttribute("aria-busy", "true");
    var api = new URLSearchParams(params.toString());
    api.set("ui", lang);
    Promise.all([loadStrings(), fetch(base + "api/search?" + api.toString(), { signal: controller.signal })])
      .then(function (done) {
        var response = done[1];
        return response.json().then(function (body) {
          if (controller !== inFlight) {
            return;
          }
          var wait = Number(response.headers.get("Retry-After"));
          if (response.status === 503 && !retried && wait > 0 && wait <= MAX_RETRY_SECONDS) {
            // Busy for a moment: ask once more before saying so; a newer search cancels it.
            retryTimer = window.setTimeout(function () { search(params, toResults, true); }, wait * 1000);
            return;
          }
          window.history.replaceState(null, "", pageUrl(params));
          if (response.ok) {
            show(renderResults(view(params, body)), toResults);
          } else {
            // A 400 is the search's fault, not the server's: "try again later" would mislead.
            show(renderResults({ heading: text(response.status === 400 ? "search.invalid" : "search.error"), error: body.error }));
          }
        });
      })
      .catch(function (error) {
        if (error.name !== "AbortError" && controller === inFlight) {
          show(renderResults({ heading: text("search.error"), error: null }));
        }
      });
  }

  function later(params) {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { search(params); }, DEBOUNCE_MS);
  }

  input.addEventListener("input", function () { later(currentParams()); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    search(currentParams());
  });

  results.addEventListener("change", function (event) {
    var filters = event.target.form;
    if (filters && filters.classList.contains("search-filters")) {
      later(filterParams(filters));
    }
  });

  results.addEventListener("submit", function (event) {
    if (event.target.classList.contains("search-filters")) {
      event.preventDefault();
      search(filterParams(event.target));
    }
  });

  results.addEventListener("click", function (event) {
    var anchor = event.target.closest && event.target.closest("a[href]");
    if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    var url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== action) {
      return;
    }
    event.preventDefault();
    var params = new URLSearchParams(url.search);
    input.value = params.get("q") || "";
    // Another page of the same results: focus goes to them. Another search (did you mean,
    // clear filters): to the box that now holds it.
    var paging = !!anchor.closest(".search-pagination");
    search(params, paging);
    if (!paging) {
      input.focus();
    }
  });

  // The server rendered the results already; the submit button of its filter form is only
  // needed without this script.
  var apply = results.querySelector(".search-filters__apply");
  if (apply) {
    apply.hidden = true;
  }
  fold(results.querySelector(".search-filters__panel"), narrow.matches);
  // A phone turned on its side, a window made wider: the panel follows the layout.
  narrow.addEventListener("change", function () {
    fold(results.querySelector(".search-filters__panel"), narrow.matches);
  });
  loadStrings();
})();
