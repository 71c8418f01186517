// 工报 — small enhancements only; every page works without this file.
// 1. Facet, filter, sort and paging links swap the results in place (no full reload), keeping the URL shareable.
// 2. The search box suggests titles, unions, regions and persons while typing (/api/v1/suggest).
// 3. The citation on an article page can be copied with one button.
(function () {
  'use strict';

  var ENHANCED_LINKS = '[data-enhance] a, .hits .tags a';

  // Where focus should land after the swap: the same facet value, chosen or not, else the result count.
  function focusTarget(link) {
    var facet = link.closest('[data-dimension]');
    var name = link.querySelector('.name');
    return facet && name ? { dimension: facet.getAttribute('data-dimension'), name: name.textContent } : null;
  }

  function restoreFocus(main, target) {
    var found = null;
    if (target) {
      main.querySelectorAll('[data-dimension="' + target.dimension + '"] .facet-value').forEach(function (candidate) {
        var name = candidate.querySelector('.name');
        if (!found && name && name.textContent === target.name) { found = candidate; }
      });
    }
    if (found) {
      found.focus();
    } else {
      main.focus({ preventScroll: true });
    }
  }

  // Says the new result count (else the new page's heading) in the status line, for screen readers.
  function announce(main) {
    var announcer = document.getElementById('announcer');
    var said = main.querySelector('.summary .total') || main.querySelector('h1');
    if (announcer && said) { announcer.textContent = said.textContent.replace(/\s+/g, ' ').trim(); }
  }

  function swapMain(url, push, target) {
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var nextMain = next.querySelector('main');
        var main = document.querySelector('main');
        if (!nextMain || !main) { throw new Error('no main'); }
        main.replaceChildren.apply(main, Array.prototype.map.call(nextMain.childNodes, function (node) {
          return document.importNode(node, true);
        }));
        document.title = next.title;
        if (push) { history.pushState({ gongbao: true }, '', url); }
        restoreFocus(main, target);
        announce(main);
      })
      .catch(function () { window.location.assign(url); });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest(ENHANCED_LINKS) : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== '/') { return; }
    event.preventDefault();
    swapMain(url.pathname + url.search, true, focusTarget(link));
  });

  window.addEventListener('popstate', function () {
    if (window.location.pathname === '/') { swapMain(window.location.pathname + window.location.search, false, null); }
  });

  var pending = null;
  document.addEventListener('input', function (event) {
    var box = event.target;
    if (!box.matches || !box.matches('input[list="suggestions"]')) { return; }
    clearTimeout(pending);
    pending = setTimeout(function () { suggest(box); }, 150);
  });

  function suggest(box) {
    var list = document.getElementById('suggestions');
    var prefix = box.value.trim();
    if (!list || prefix.length === 0 || prefix.length > 30) { return; }
    fetch('/api/v1/suggest?size=8&prefix=' + encodeURIComponent(prefix))
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        list.replaceChildren.apply(list, suggestions.map(function (s) {
          var option = document.createElement('option');
          option.value = s.text;
          return option;
        }));
      })
      .catch(function () { /* suggestions are optional */ });
  }

  function enableCopyButtons() {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent).then(function () { button.textContent = '已复制'; });
      });
    });
  }

  enableCopyButtons();
})();
