// The page's one script, inlined and allowed by its sha256 in the CSP. It only reads the server-rendered
// markup: filters and search toggle `hidden`, keys move between cards. It never writes markup
// (no innerHTML), only textContent and properties, so no article text can become code.
export const SCRIPT = `
(function () {
  'use strict';
  var d = document;
  var toolbar = d.getElementById('toolbar');
  var search = d.getElementById('search');
  var outlet = d.getElementById('outlet');
  var status = d.getElementById('filter-status');
  var none = d.getElementById('no-match');
  var cards = Array.prototype.slice.call(d.querySelectorAll('article.card'));
  var haystacks = cards.map(function (c) { return c.textContent.toLowerCase(); });
  var outletsOf = cards.map(function (c) {
    return Array.prototype.map.call(c.querySelectorAll('.source'), function (s) { return s.getAttribute('data-outlet'); });
  });
  if (!toolbar || !search || !outlet) return;
  toolbar.hidden = false;

  function selected(name) {
    var set = {};
    Array.prototype.forEach.call(d.querySelectorAll('input[name="' + name + '"]'), function (box) { set[box.value] = box.checked; });
    return set;
  }

  function apply() {
    var kinds = selected('kind');
    var severities = selected('severity');
    var wanted = outlet.value;
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    cards.forEach(function (card, i) {
      var ok = kinds[card.getAttribute('data-kind')] === true && severities[card.getAttribute('data-severity')] === true;
      if (ok && wanted !== '') ok = outletsOf[i].indexOf(wanted) >= 0;
      if (ok && query !== '') ok = haystacks[i].indexOf(query) >= 0;
      card.hidden = !ok;
      if (ok) shown++;
    });
    if (status) status.textContent = shown + ' of ' + cards.length + ' findings shown';
    if (none) none.hidden = shown > 0 || cards.length === 0;
  }

  toolbar.addEventListener('change', apply);
  search.addEventListener('input', apply);

  function move(step) {
    var visible = cards.filter(function (c) { return !c.hidden; });
    if (visible.length === 0) return;
    var current = d.activeElement && d.activeElement.closest ? d.activeElement.closest('article.card') : null;
    var at = visible.indexOf(current);
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + step));
    visible[next].focus();
  }

  d.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
    if (t === search && e.key === 'Escape') {
      search.value = '';
      apply();
      search.blur();
      return;
    }
    if (typing) return;
    if (e.key === '/') { e.preventDefault(); search.focus(); }
    else if (e.key === 'j' || e.key === 'k') { e.preventDefault(); move(e.key === 'j' ? 1 : -1); }
    else if (e.key === 'Enter' && t && t.classList && t.classList.contains('card')) {
      var link = t.querySelector('a.to-doc');
      if (link) { e.preventDefault(); link.click(); }
    }
  });

  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? d.getElementById(id) : null;
    if (el && el.tagName === 'MARK') {
      var section = el.closest('details');
      if (section) section.open = true;
      el.focus();
    }
  }
  window.addEventListener('hashchange', focusTarget);
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(d.querySelectorAll('details'), function (x) { x.open = true; });
  });
  apply();
  focusTarget();
})();
`;
