/*
 * The search results block, built element for element as layouts/partials/search-results.mustache
 * renders it on the server (same elements, same classes, same ids), from the view model that
 * search.js makes of an /api/search response: the model ResultsViewBuilder builds on the server.
 * The search page loads this file just before search.js, which calls it on every new answer.
 *
 * CSP-safe: no inline script, no eval, no inline styles; only DOM building. Snippets are the
 * one piece of HTML inserted: the server escapes them and adds only <mark>.
 */
(function () {
  "use strict";

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
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function link(className, item) {
    return item ? el("a", { "class": className, rel: item.rel, href: item.url }, [item.label]) : null;
  }

  function render(model) {
    var section = el("section", { "class": "search-results", "aria-labelledby": "search-results-count" }, [
      el("h2", { id: "search-results-count", "class": "search-results__count" }, [model.heading])
    ]);
    if (model.error) {
      section.appendChild(el("p", { "class": "search-results__error", role: "alert" }, [model.error]));
    }
    if (model.partial) {
      section.appendChild(el("p", { "class": "search-results__partial" }, [model.partial]));
    }
    if (model.suggestion) {
      section.appendChild(el("p", { "class": "search-results__suggestion" }, [
        model.suggestion.label + " ", el("a", { href: model.suggestion.url }, [model.suggestion.text]), "?"
      ]));
    }
    if (model.filters) {
      section.appendChild(renderFilters(model.filters, model.action));
    }
    if (model.hits && model.hits.length > 0) {
      section.appendChild(el("ol", { "class": "search-hits", start: model.start }, model.hits.map(renderHit)));
    }
    if (model.pagination) {
      section.appendChild(el("nav", { "class": "search-pagination", "aria-label": model.pagination.label }, [
        link("search-pagination__previous", model.pagination.previous),
        el("span", { "class": "search-pagination__current", "aria-current": "page" }, [model.pagination.label]),
        link("search-pagination__next", model.pagination.next)
      ]));
    }
    return section;
  }

  function renderFilters(filters, action) {
    var select = el("select", { id: "search-sort", name: "sort" }, filters.sortOptions.map(function (option) {
      return el("option", { value: option.value, selected: option.selected }, [option.label]);
    }));
    var toggle = el("summary", { "class": "search-filters__toggle" }, [filters.label]);
    if (filters.chosen) {
      toggle.append(" ", el("span", { "class": "search-filters__chosen" }, ["(" + filters.chosen + ")"]));
    }
    var children = [
      toggle,
      el("input", { type: "hidden", name: "q", value: filters.query }),
      el("p", { "class": "search-filters__sort" }, [el("label", { "for": "search-sort" }, [filters.sortLabel]), select])
    ];
    filters.facets.forEach(function (facet) {
      children.push(el("fieldset", { "class": "search-facet", "data-facet": facet.param }, [
        el("legend", { "class": "search-facet__legend" }, [facet.label]),
        facetValues(facet.values),
        facet.more ? el("details", { "class": "search-facet__more", open: facet.more.open }, [
          el("summary", { "class": "search-facet__more-toggle" }, [
            el("span", { "class": "search-facet__more-label" }, [facet.more.label]),
            el("span", { "class": "search-facet__fewer-label" }, [facet.more.fewerLabel])
          ]),
          facetValues(facet.more.values)
        ]) : null
      ]));
    });
    // Filters apply as they change, so the submit button is only for browsers without this script.
    children.push(el("button", { type: "submit", "class": "search-filters__apply", hidden: true }, [filters.applyLabel]));
    return el("form", {
      "class": "search-filters", "aria-labelledby": "search-filters-title", method: "get", action: action
    }, [
      el("h3", { id: "search-filters-title", "class": "search-filters__title" }, [filters.label]),
      // Open, as the server renders it: search.js folds it where the screen is narrow.
      el("details", { "class": "search-filters__panel", open: true }, children),
      filters.clear ? el("a", { "class": "search-filters__clear", href: filters.clear.url }, [filters.clear.label]) : null
    ]);
  }

  function facetValues(values) {
    return el("ul", { "class": "search-facet__values" }, values.map(function (v) {
      return el("li", { "class": "search-facet__value" + (v.selected ? " search-facet__value--selected" : "") }, [
        el("input", { type: v.inputType, id: v.id, name: v.param, value: v.value, checked: v.selected }),
        " ",
        el("label", { "for": v.id }, [v.label + " ", el("span", { "class": "search-facet__count" }, ["(" + v.count + ")"])])
      ]);
    }));
  }

  function renderHit(hit) {
    var snippet = el("p", { "class": "search-hit__snippet", lang: hit.lang });
    snippet.innerHTML = hit.snippet; // escaped by the server; contains only <mark>
    // The type and date are in the search page's language, the title and snippet in the page's.
    return el("li", { "class": "search-hit" }, [
      el("h3", { "class": "search-hit__title", lang: hit.lang }, [
        el("a", { href: hit.url, hreflang: hit.lang }, [hit.title])
      ]),
      el("p", { "class": "search-hit__meta" }, [
        el("span", { "class": "search-hit__type" }, [hit.typeLabel]),
        hit.date ? " " : null,
        hit.date ? el("time", { "class": "search-hit__date", datetime: hit.date }, [hit.date]) : null,
        hit.language ? " " : null,
        hit.language ? el("span", { "class": "search-hit__lang", lang: hit.lang }, [hit.language]) : null
      ]),
      snippet
    ]);
  }

  window.transferHubSearchResults = render;
})();
