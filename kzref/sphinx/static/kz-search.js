/* kzref search ranking: an entity's page first for its name or an alias.
 *
 * Sphinx's search calls Scorer.score(result) for every result, where result is
 * [docname, title, anchor, description, score, filename, kind].  This adds a
 * boost to the pages of entities (window.KZ_SEARCH_NAMES, document → names):
 * a name or alias equal to the query first, then names that start with it or
 * contain it as a word, shorter names before longer ones.  Other results keep
 * Sphinx's score.  Loaded on the search page only, before searchtools.js; if a
 * Scorer is already defined (html_search_scorer), its score is applied first.
 */
(function () {
  "use strict";

  var defaults = {
    objNameMatch: 11,
    objPartialMatch: 6,
    objPrio: { 0: 15, 1: 5, 2: -5 },
    objPrioDefault: 0,
    title: 15,
    partialTitle: 7,
    term: 5,
    partialTerm: 2
  };
  var scorer = window.Scorer || defaults;
  var before = scorer.score;

  function normal(text) {
    return String(text).toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
  }

  function query() {
    var params = new URLSearchParams(window.location.search);
    return normal(params.get("q") || "");
  }

  function boost(names, q) {
    var best = 0;
    for (var i = 0; i < names.length; i += 1) {
      var name = normal(names[i]);
      var found = 0;
      if (name === q) {
        found = 1000;
      } else if (name.indexOf(q) === 0 || (" " + name).indexOf(" " + q) >= 0 ||
                 ("-" + name).indexOf("-" + q) >= 0) {
        found = 600 - Math.min(name.length, 200);
      } else if (name.indexOf(q) >= 0) {
        found = 300 - Math.min(name.length, 200);
      }
      if (found > best) best = found;
    }
    return best;
  }

  scorer.score = function (result) {
    var score = before ? before(result) : result[4];
    var names = (window.KZ_SEARCH_NAMES || {})[result[0]];
    var q = query();
    return names && q ? score + boost(names, q) : score;
  };
  window.Scorer = scorer;
})();
