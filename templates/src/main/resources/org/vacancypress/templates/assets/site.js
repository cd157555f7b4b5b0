/* Vacancy Press: filters and search on the list of open vacancies; print and share on a
   notice. Everything here only adds to pages that work without it. No request leaves the page. */
(function () {
  'use strict';

  document.querySelectorAll('[data-js]').forEach(function (element) { element.hidden = false; });

  var printButton = document.querySelector('[data-action="print"]');
  if (printButton) {
    printButton.addEventListener('click', function () { window.print(); });
  }

  var shareButton = document.querySelector('[data-action="share"]');
  if (shareButton) {
    shareButton.addEventListener('click', function () {
      var url = shareButton.getAttribute('data-url') || window.location.href;
      var status = document.querySelector('.share-status');
      var say = function (text) { if (status) { status.textContent = text; } };
      if (navigator.share) {
        navigator.share({ title: shareButton.getAttribute('data-title'), url: url }).catch(function () {});
      } else if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(function () { say(shareButton.dataset.copied + url); },
          function () { say(shareButton.dataset.copy + url); });
      } else {
        say(shareButton.dataset.copy + url);
      }
    });
  }

  var form = document.getElementById('filters');
  var list = document.getElementById('vacancies');
  if (!form || !list) {
    return;
  }
  var words = window.vacancySearch || {};
  var items = Array.prototype.slice.call(list.children);
  var count = document.getElementById('count');
  var total = items.length;
  var fields = ['q', 'location', 'grade', 'category', 'contract', 'group', 'language'];

  // As the generator folds the index: lower case, accents removed, letters and digits only.
  var fold = function (text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  };
  var terms = function (text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (term) { return term.length > 0; });
  };

  var control = function (name) { return form.elements.namedItem(name); };
  var value = function (name) { var c = control(name); return c ? c.value : ''; };

  var matches = function (item, wanted) {
    var data = item.dataset;
    if (wanted.location) {
      var place = wanted.location.split(':');
      if (data.country !== place[0] || (place.length > 1 && data.city !== place.slice(1).join(':'))) {
        return false;
      }
    }
    if (wanted.grade && data.grade !== wanted.grade) { return false; }
    if (wanted.category && data.category !== wanted.category) { return false; }
    if (wanted.contract && data.contract !== wanted.contract) { return false; }
    if (wanted.group && data.groups.split('|').indexOf(wanted.group) < 0) { return false; }
    if (wanted.language && data.language !== wanted.language) { return false; }
    var text = ' ' + (words[data.name] || '');
    return wanted.terms.every(function (term) { return text.indexOf(' ' + term) >= 0; });
  };

  var apply = function (updateAddress) {
    var wanted = { terms: terms(value('q')) };
    fields.slice(1).forEach(function (name) { wanted[name] = value(name); });
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, wanted);
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    var filtered = wanted.terms.length > 0 || fields.slice(1).some(function (name) { return wanted[name]; });
    // The page's own sentences, in its language, with the counts put in.
    var message = !filtered ? count.dataset.all : shown === 0 ? count.dataset.none : count.dataset.matching;
    count.textContent = message.replace('{shown}', shown).replace('{count}', total);
    if (updateAddress) {
      var params = new URLSearchParams();
      fields.forEach(function (name) { if (value(name)) { params.set(name, value(name)); } });
      var query = params.toString();
      try {
        window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
      } catch (e) {
        // Some browsers refuse to change the address of a page opened from a file.
      }
    }
  };

  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (name) {
    var c = control(name);
    if (c && params.has(name)) {
      c.value = params.get(name);
    }
  });
  var more = document.getElementById('more-filters');
  if (more && (fields.slice(1).some(function (name) { return value(name); })
      || window.matchMedia('(min-width: 40rem)').matches)) {
    more.open = true;
  }
  form.hidden = false;
  form.addEventListener('input', function () { apply(true); });
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(true); });
  apply(false);
}());
