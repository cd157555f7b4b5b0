/* Vacancy Press: filters and search on the list of open vacancies, search in the archive;
   print and share on a notice. Everything here only adds to pages that work without it. No request leaves the page. */
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

  // As the generator folds the index: lower case, accents removed, letters and digits only.
  var fold = function (text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  };
  var terms = function (text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (term) { return term.length > 0; });
  };
  var count = document.getElementById('count');
  // The page's own sentences, in its language, with the counts put in.
  var say = function (filtered, shown, total) {
    var message = !filtered ? count.dataset.all : shown === 0 ? count.dataset.none : count.dataset.matching;
    count.textContent = message.replace('{shown}', shown).replace('{count}', total);
  };
  var share = function (form, names) {
    var params = new URLSearchParams();
    names.forEach(function (name) {
      var c = form.elements.namedItem(name);
      if (c && c.value) { params.set(name, c.value); }
    });
    var query = params.toString();
    try {
      window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from a file.
    }
  };
  var restore = function (form, names) {
    var params = new URLSearchParams(window.location.search);
    names.forEach(function (name) {
      var c = form.elements.namedItem(name);
      if (c && params.has(name)) { c.value = params.get(name); }
    });
  };
  var listen = function (form, apply) {
    form.hidden = false;
    form.addEventListener('input', function () { apply(true); });
    form.addEventListener('change', function () { apply(true); });
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(true); });
    apply(false);
  };

  // The archive: its own search, over what each closed vacancy's entry says; a year with no match hides.
  var archive = document.getElementById('archive-search');
  if (archive) {
    var entries = Array.prototype.slice.call(document.querySelectorAll('.year .vacancies > li'));
    // Its title, facts and languages, each apart: a label and its value run together in textContent.
    var texts = entries.map(function (entry) {
      var parts = Array.prototype.map.call(entry.querySelectorAll('h3, dd, .versions a'), function (part) {
        return part.textContent;
      });
      return ' ' + terms(parts.join(' ')).join(' ');
    });
    restore(archive, ['q']);
    listen(archive, function (updateAddress) {
      var wanted = terms(archive.elements.namedItem('q').value);
      var shown = 0;
      entries.forEach(function (entry, i) {
        entry.hidden = !wanted.every(function (term) { return texts[i].indexOf(' ' + term) >= 0; });
        if (!entry.hidden) { shown += 1; }
      });
      document.querySelectorAll('.year').forEach(function (year) {
        year.hidden = !year.querySelector('.vacancies > li:not([hidden])');
      });
      say(wanted.length > 0, shown, entries.length);
      if (updateAddress) { share(archive, ['q']); }
    });
  }

  var form = document.getElementById('filters');
  var list = document.getElementById('vacancies');
  if (!form || !list) {
    return;
  }
  var words = window.vacancySearch || {};
  var items = Array.prototype.slice.call(list.children);
  var total = items.length;
  var fields = ['q', 'location', 'grade', 'category', 'contract', 'group', 'language'];
  var value = function (name) { var c = form.elements.namedItem(name); return c ? c.value : ''; };

  var matches = function (item, wanted) {
    var data = item.dataset;
    if (wanted.location) {
      var place = wanted.location.split(':');
      // A vacancy in several places lists them all; one in a single place names it by country and city.
      var countries = (data.countries || data.country).split('|');
      var places = data.places ? data.places.split('|') : [data.country + ':' + data.city];
      if (countries.indexOf(place[0]) < 0 || (place.length > 1 && places.indexOf(wanted.location) < 0)) {
        return false;
      }
    }
    if (wanted.grade && data.grade !== wanted.grade) { return false; }
    if (wanted.category && data.category !== wanted.category) { return false; }
    if (wanted.contract && data.contract !== wanted.contract) { return false; }
    if (wanted.group && data.groups.split('|').indexOf(wanted.group) < 0) { return false; }
    if (wanted.language && data.languages.split('|').indexOf(wanted.language) < 0) { return false; }
    var text = ' ' + (words[data.name] || '');
    return wanted.terms.every(function (term) { return text.indexOf(' ' + term) >= 0; });
  };

  // On a narrow screen the filters other than the search stay behind one button until asked for.
  var panel = document.getElementById('filter-panel');
  var toggle = document.getElementById('filters-toggle');
  var active = document.getElementById('active-count');
  var showPanel = function (open) {
    panel.classList.toggle('closed', !open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  };
  toggle.addEventListener('click', function () { showPanel(panel.classList.contains('closed')); });

  var apply = function (updateAddress) {
    var wanted = { terms: terms(value('q')) };
    fields.slice(1).forEach(function (name) { wanted[name] = value(name); });
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, wanted);
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    var chosen = fields.slice(1).filter(function (name) { return wanted[name]; }).length;
    active.textContent = chosen > 0 ? ' (' + chosen + ')' : '';
    say(wanted.terms.length > 0 || chosen > 0, shown, total);
    if (updateAddress) { share(form, fields); }
  };

  restore(form, fields);
  showPanel(fields.slice(1).some(function (name) { return value(name); }));
  document.getElementById('list-layout').classList.add('with-filters');
  listen(form, apply);
}());
