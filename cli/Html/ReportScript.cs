namespace Corpus.Cli.Html;

/// <summary>The report's one script, written as <c>report.js</c>: statement details on hover and focus, and the table filter.</summary>
/// <remarks>Every page reads without it; it only adds the details panel and filtering. It reads the page's markup, never data of its own.</remarks>
internal static class ReportScript
{
    public const string Text = """
// Corpus report: statement details beside the article text, and the statement table's filter.
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

  var form = document.getElementById('filter');
  if (form) {
    form.hidden = false;
    var rows = Array.prototype.slice.call(document.querySelectorAll('#statement-table tbody tr'));
    var count = document.getElementById('count');
    var has = function (list, value) { return (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0; };
    var apply = function () {
      var f = form.elements;
      var speaker = f.speaker.value, act = f.act.value, target = f.target.value, topic = f.topic.value;
      var from = f.from.value, to = f.to.value;
      var visible = 0;
      rows.forEach(function (row) {
        var d = row.dataset;
        var match = (!speaker || d.speaker === speaker)
          && (!act || d.act === act)
          && (!target || has(d.targets, target))
          && (!topic || has(d.topics, topic))
          // A date range keeps the statements whose dates can fall in it; undated ones cannot.
          && (!from || (d.to !== undefined && d.to >= from))
          && (!to || (d.from !== undefined && d.from <= to));
        row.hidden = !match;
        if (match) visible++;
      });
      var noun = rows.length === 1 ? ' statement' : ' statements';
      count.textContent = visible === rows.length ? rows.length + noun : visible + ' of ' + rows.length + noun;
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  }
})();
""";
}
