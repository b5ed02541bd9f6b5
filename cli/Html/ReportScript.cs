namespace Corpus.Cli.Html;

/// <summary>The report's one script, written as <c>report.js</c>: statement details on hover and focus, and the statement table.</summary>
/// <remarks>
/// Every page reads without it. On article pages it adds the details panel, reading the page's markup. On the
/// statement table it renders the rows from the table's data (<see cref="StatementTableData"/>) a page at a time,
/// and filters them; without it the table's numbered pages show the same rows, unfiltered.
/// </remarks>
internal static class ReportScript
{
    public const string Text = """
// Corpus report: statement details beside the article text, and the statement table's pages and filter.
(function () {
  'use strict';

  var panel = document.getElementById('details');
  var text = document.getElementById('text');
  if (panel && text) {
    var active = [];
    var shown = null;
    var show = function (id) {
      if (id === shown) return;
      var card = document.getElementById('d-' + id);
      if (!card) return;
      shown = id;
      var copy = card.cloneNode(true);
      copy.removeAttribute('id');
      copy.removeAttribute('tabindex');
      panel.replaceChildren(copy);
      active.forEach(function (span) { span.classList.remove('active'); });
      active = Array.prototype.slice.call(text.querySelectorAll('.st[data-statement="' + CSS.escape(id) + '"]'));
      active.forEach(function (span) { span.classList.add('active'); });
    };
    var fromEvent = function (event) {
      var span = event.target.closest ? event.target.closest('.st') : null;
      if (span) show(span.getAttribute('data-statement'));
    };
    // While the keyboard leads, a span that scrolls under a resting pointer must not take the panel
    // from the focused one: hover counts again once the pointer really moves.
    var keyboard = false;
    document.addEventListener('keydown', function () { keyboard = true; });
    document.addEventListener('mousemove', function () { keyboard = false; });
    text.addEventListener('mouseover', function (event) { if (!keyboard) fromEvent(event); });
    text.addEventListener('focusin', fromEvent);
    text.addEventListener('click', fromEvent);
    text.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      var span = event.target.closest ? event.target.closest('.st') : null;
      if (!span) return;
      event.preventDefault();
      var card = document.getElementById('d-' + span.getAttribute('data-statement'));
      if (card) {
        card.focus();
        card.scrollIntoView({ block: 'center' });
      }
    });
  }

  // The statement table: rows rendered from statements.js a page at a time, the filter applied to the data.
  var form = document.getElementById('filter');
  var table = document.getElementById('statement-table');
  var data = window.corpusStatements;
  if (form && table && data) {
    // A row: date, speaker, act, text, statement ID, article, targets, topics, event (or null), and the date's
    // first and last day unless both are the date itself.
    var rows = data.rows, actors = data.actors, topics = data.topics, articles = data.articles, acts = data.acts, events = data.events;
    var firstDay = function (r) { return r.length > 9 ? r[9] : r[0]; };
    var lastDay = function (r) { return r.length > 9 ? r[10] : r[0]; };
    var size = data.pageSize;
    var f = form.elements;
    var body = table.tBodies[0];
    var count = document.getElementById('count');
    var summary = document.getElementById('filter-summary');

    var element = function (tag, text, className) {
      var e = document.createElement(tag);
      if (text !== undefined) e.textContent = text;
      if (className) e.className = className;
      return e;
    };
    var link = function (href, text) {
      var a = element('a', text);
      a.setAttribute('href', href);
      return a;
    };
    var option = function (select, value, label) {
      var o = element('option', label);
      o.value = value;
      select.appendChild(o);
    };
    // Sets a list to a value it offers; any other value leaves it as it is.
    var choose = function (select, value) {
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === value) select.selectedIndex = i;
      }
    };

    // The filter's lists: speakers and targets that occur, by name; every act and topic; the events statements were made at.
    var speaks = [], targeted = [], held = [];
    rows.forEach(function (r) {
      speaks[r[1]] = true;
      r[6].forEach(function (a) { targeted[a] = true; });
      if (r[8] !== null) held[r[8]] = true;
    });
    actors.forEach(function (actor, a) {
      var label = actor[0] + ' (' + actor[1] + ')';
      if (speaks[a]) option(f.speaker, String(a), label);
      if (targeted[a]) option(f.target, String(a), label);
    });
    acts.forEach(function (act) { option(f.act, act, act); });
    topics.forEach(function (topic) { option(f.topic, topic[0], topic[1]); });
    events.forEach(function (e, i) { if (held[i]) option(f.event, e[0], e[1]); });

    // A link to the table may set the filter: statements.html?speaker=official-hua-chunying (an actor by its page),
    // ?target=…, ?topic=<ID>, ?event=<ID>, ?act=deny, ?from=2021-05-01, ?to=2021-05-31.
    var address = new URLSearchParams(location.search);
    var byPage = function (page) {
      for (var a = 0; a < actors.length; a++) if (actors[a][2] === page + '.html') return String(a);
      return '';
    };
    if (address.has('speaker')) choose(f.speaker, byPage(address.get('speaker')));
    if (address.has('target')) choose(f.target, byPage(address.get('target')));
    if (address.has('act')) choose(f.act, address.get('act'));
    if (address.has('topic')) choose(f.topic, address.get('topic'));
    if (address.has('event')) choose(f.event, address.get('event'));
    if (address.has('from')) f.from.value = address.get('from');
    if (address.has('to')) f.to.value = address.get('to');

    var matches = rows;
    var page = Number(table.getAttribute('data-page')) || 1;
    var pages = function () { return Math.max(1, Math.ceil(matches.length / size)); };
    var filter = function () {
      var speaker = f.speaker.value === '' ? -1 : Number(f.speaker.value);
      var target = f.target.value === '' ? -1 : Number(f.target.value);
      var act = acts.indexOf(f.act.value);
      var topic = -1;
      topics.forEach(function (t, i) { if (t[0] === f.topic.value) topic = i; });
      var at = -1;
      events.forEach(function (e, i) { if (e[0] === f.event.value) at = i; });
      var from = f.from.value, to = f.to.value;
      matches = speaker < 0 && target < 0 && act < 0 && topic < 0 && at < 0 && !from && !to ? rows : rows.filter(function (r) {
        return (speaker < 0 || r[1] === speaker)
          && (act < 0 || r[2] === act)
          && (target < 0 || r[6].indexOf(target) >= 0)
          && (topic < 0 || r[7].indexOf(topic) >= 0)
          && (at < 0 || r[8] === at)
          // A date range keeps the statements whose dates can fall in it; undated ones cannot.
          && (!from || (r[0] !== null && lastDay(r) >= from))
          && (!to || (r[0] !== null && firstDay(r) <= to));
      });
      var parts = [];
      ['speaker', 'act', 'target', 'topic', 'event'].forEach(function (name) {
        var select = f[name];
        if (select.value) parts.push(name + ' ' + select.options[select.selectedIndex].textContent);
      });
      if (from) parts.push('from ' + from);
      if (to) parts.push('to ' + to);
      summary.textContent = parts.length ? 'Filtered by ' + parts.join(', ') + '.' : '';
      var noun = rows.length === 1 ? ' statement' : ' statements';
      count.textContent = matches === rows ? rows.length + noun : matches.length + ' of ' + rows.length + noun;
    };

    // The cells as the table's numbered pages write them.
    var actor = function (cell, a) {
      var named = actors[a];
      if (named[2]) cell.appendChild(link(named[2], named[0]));
      else {
        var unnamed = element('span', named[0], 'unnamed');
        unnamed.title = 'unnamed actor';
        cell.appendChild(unnamed);
      }
    };
    var list = function (cell, items, write) {
      items.forEach(function (item, i) {
        if (i > 0) cell.appendChild(document.createTextNode(', '));
        write(item);
      });
    };
    var row = function (r) {
      var tr = element('tr');
      var cell = function (className) { return tr.appendChild(element('td', undefined, className)); };
      cell('date').textContent = r[0] === null ? 'undated' : r[0];
      actor(cell(), r[1]);
      cell().textContent = acts[r[2]];
      var article = articles[r[5]];
      cell().appendChild(link(article[1] + '#s-' + r[4], r[3]));
      var targets = cell();
      list(targets, r[6], function (a) { actor(targets, a); });
      var about = cell();
      list(about, r[7], function (t) { about.appendChild(link(topics[t][2], topics[t][1])); });
      cell().appendChild(link(article[1], article[0]));
      return tr;
    };

    // The pagers become buttons and a page number that turn the table's pages in place.
    var pagers = Array.prototype.slice.call(document.querySelectorAll('.pager')).map(function (nav, n) {
      var turn = function (to) {
        return function () {
          // A page number past either end means the end; one that is no number, this page.
          var target = Math.min(Math.max(1, to() || page), pages());
          number.value = String(target);
          if (target === page) return;
          page = target;
          render();
          // From the pager below the table, back to the table's top.
          if (n > 0) table.focus();
        };
      };
      var button = function (label, to) {
        var b = element('button', label);
        b.type = 'button';
        b.addEventListener('click', turn(to));
        return b;
      };
      var number = element('input');
      number.type = 'number';
      number.min = '1';
      number.className = 'page-number';
      number.setAttribute('aria-label', 'Page number');
      number.addEventListener('change', turn(function () { return Math.round(Number(number.value)); }));
      var of = element('span');
      var label = element('label');
      label.append('Page ', number, of);
      var status = element('span', '', 'pager-status');
      var first = button('« First', function () { return 1; });
      var previous = button('‹ Previous', function () { return page - 1; });
      var next = button('Next ›', function () { return page + 1; });
      var last = button('Last »', function () { return pages(); });
      nav.replaceChildren(first, ' ', previous, ' ', label, ' ', next, ' ', last, ' ', status);
      return function (total, start, end) {
        number.max = String(total);
        number.value = String(page);
        of.textContent = ' of ' + total;
        status.textContent = matches.length === 0 ? 'no statements' : 'statements ' + (start + 1) + '–' + end + ' of ' + matches.length;
        // Disabled in name only, so a button keeps the focus on the first or last page.
        first.setAttribute('aria-disabled', String(page === 1));
        previous.setAttribute('aria-disabled', String(page === 1));
        next.setAttribute('aria-disabled', String(page === total));
        last.setAttribute('aria-disabled', String(page === total));
      };
    });

    var render = function () {
      var total = pages();
      page = Math.min(Math.max(1, page), total);
      var start = (page - 1) * size, end = Math.min(matches.length, start + size);
      var shown = document.createDocumentFragment();
      for (var i = start; i < end; i++) shown.appendChild(row(matches[i]));
      if (matches.length === 0 && rows.length > 0) {
        var none = element('td', 'No statement matches the filter.', 'muted');
        none.colSpan = 7;
        shown.appendChild(element('tr')).appendChild(none);
      }
      body.replaceChildren(shown);
      pagers.forEach(function (update) { update(total, start, end); });
    };

    var shownFilter = null;
    var values = function () { return [f.speaker.value, f.act.value, f.target.value, f.topic.value, f.from.value, f.to.value].join('|'); };
    var apply = function () {
      if (values() === shownFilter) return;
      shownFilter = values();
      filter();
      page = 1;
      render();
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    // The first page shown: the one this file is, unless the address set a filter.
    shownFilter = values();
    filter();
    if (matches !== rows) page = 1;
    render();
    form.hidden = false;
  }
})();
""";
}
