/*
 * Root page (/index.html): send the visitor to the first of their browser's preferred
 * languages that the site has. The links on the page stay the way in for everyone else:
 * no JavaScript, no match, or a crawler. External file because the CSP is script-src 'self'.
 */
(function () {
  'use strict';
  var links = document.querySelectorAll('a[data-lang-choice][hreflang]');
  var byLanguage = {};
  for (var i = 0; i < links.length; i++) {
    byLanguage[links[i].getAttribute('hreflang').toLowerCase()] = links[i].href;
  }
  var preferred = navigator.languages && navigator.languages.length
    ? navigator.languages : [navigator.language || ''];
  for (var j = 0; j < preferred.length; j++) {
    var tag = String(preferred[j]).toLowerCase();
    var target = byLanguage[tag] || byLanguage[tag.split('-')[0]];
    if (target) {
      window.location.replace(target);
      return;
    }
  }
})();
