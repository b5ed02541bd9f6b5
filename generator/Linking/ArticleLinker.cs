using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Checks;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>Links one article: grounds its passages and statements in the seed text and checks them.</summary>
internal sealed class ArticleLinker
{
    private readonly CorpusLinker _corpus;
    private readonly ArticleModel _article;
    private readonly AnnotationFile _file;
    private readonly SeedFile _seed;
    private readonly CorpusLinker.MemberNames _members;
    private readonly TextLocator _locator;
    private readonly List<(int Start, int Length, BoilerplateKind Kind)> _boilerplate = new();
    private readonly List<(int Start, int Length)> _headlines = new();
    private IReadOnlyList<QuotedPassage>? _quoted;
    private bool _everyStatementLocated = true;

    public ArticleLinker(CorpusLinker corpus, ArticleModel article, AnnotationFile file, SeedFile seed, CorpusLinker.MemberNames members)
    {
        _corpus = corpus;
        _article = article;
        _file = file;
        _seed = seed;
        _members = members;
        _locator = new TextLocator(seed.Text, corpus.FoldBuffers);
    }

    private string SeedName => _seed.Name;

    public ArticleData Link()
    {
        var boilerplate = new List<PassageData>();
        foreach (var passage in _article.Boilerplate)
        {
            if (Locate(passage.Text, passage.Occurrence, "boilerplate", excludeBoilerplate: false) is { } found)
            {
                _boilerplate.Add((found.Start, found.Length, passage.Kind!.Value));
                boilerplate.Add(new PassageData(found.Start, found.Length, Vocabulary.Spelling(passage.Kind!.Value), passage.Reason));
            }
        }
        foreach (var heading in new[] { _article.Headline, _article.Subheadline })
        {
            if (heading is not { } text) continue;
            var all = _locator.FindAll(text.Value);
            if (all.Count == 0)
            {
                ReportNotFound("headline", text);
                continue;
            }
            // The headline is where it first stands outside boilerplate; a body sentence that repeats it can still be quoted.
            _headlines.Add(all.FirstOrDefault(m => InsideBoilerplate(m) is null) is { Length: > 0 } outside ? outside : all[0]);
        }
        var notSpeech = new List<PassageData>();
        foreach (var passage in _article.NotSpeech)
        {
            if (Locate(passage.Text, passage.Occurrence, "not-speech", excludeBoilerplate: true) is { } found)
            {
                notSpeech.Add(new PassageData(found.Start, found.Length, null, passage.Reason));
            }
        }

        string? outlet = _corpus.ResolveOrganization(_article.Outlet, "an organization ID (the outlet)");
        // An inferred outlet is checked but not yet part of the data, which has no place for its basis.
        if (_article.Outlet is null && _article.OutletSource is { } inferredOutlet) _corpus.ResolveOrganization(inferredOutlet.Value, "an organization ID (the outlet)");
        var published = _article.Published;
        var events = _file.Events.Where(e => e.IsArticleEvent && _members.Owns("event", e.Id)).ToList();
        foreach (var e in events) CheckNotAfterPublication("event", e.Start, published);

        var statements = new List<StatementData>();
        foreach (var statement in _file.Statements)
        {
            if (!_members.Owns("statement", statement.Id)) continue;
            if (LinkStatement(statement, published) is { } data) statements.Add(data);
        }
        statements.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
        CheckOverlaps(statements);
        // Codebook, "Quoted passages" (CORP050). Skipped when a statement could not be located: its passage would be reported twice.
        if (_everyStatementLocated)
        {
            var covering = statements.Select(st => (st.Start, st.Length)).Concat(notSpeech.Select(p => (p.Start, p.Length))).ToList();
            var outsideBody = _boilerplate.Select(b => (b.Start, b.Length)).Concat(_headlines).ToList();
            foreach (var d in QuotationCoverage.Check(_seed.Path, SeedName, _seed.Text, outsideBody, covering)) _corpus.Add(d);
        }

        var linkedEvents = events.Select(e => LinkEvent(e)).ToEquatableArray();
        return new ArticleData(
            _article.Id.Value, _members.Of("article", _article.Id.Value), SeedName, _article.Headline?.Value, _article.Subheadline?.Value,
            outlet, _article.Byline, published?.Value.ToString(), BasisOf(published), published?.Evidence,
            _article.Url, _article.Note, _seed.Text, _seed.Resource, boilerplate.ToEquatableArray(), notSpeech.ToEquatableArray(), linkedEvents, statements.ToEquatableArray());
    }

    private EventData LinkEvent(EventModel e)
    {
        return new EventData(
            e.Id.Value, _members.Of("event", e.Id.Value), e.Name, Vocabulary.Spelling(e.Kind), e.Start?.Value.ToString(), e.End?.Value.ToString(),
            BasisOf(e.Start ?? e.End), e.Start?.Evidence ?? e.End?.Evidence, e.Location,
            e.Organizer is null ? null : _corpus.ResolveActor(e.Organizer), _corpus.JoinActors(e.Actors), e.Note);
    }

    private StatementData? LinkStatement(StatementModel s, DateValue? published)
    {
        var found = Locate(s.Text, s.Occurrence, "statement", excludeBoilerplate: true);
        string? speaker = _corpus.ResolveActor(s.Speaker);
        string? @event = _corpus.ResolveEvent(s.Event);
        string? targets = _corpus.JoinActors(s.Targets);
        string? addressee = s.Addressee is null ? null : _corpus.ResolveActor(s.Addressee);
        string? reportedBy = s.ReportedBy is null ? null : _corpus.ResolveActor(s.ReportedBy);
        // Checked (CORP006) and marked referenced; the data does not carry them yet.
        _corpus.JoinActors(s.About);
        for (int i = 1; i < s.Addressees.Count; i++) _corpus.ResolveActor(s.Addressees[i]);
        for (int i = 1; i < s.ReportedByChain.Count; i++) _corpus.ResolveActor(s.ReportedByChain[i]);
        foreach (var concerned in s.Concerns) _corpus.ResolveEvent(concerned);
        var topicReferences = new List<string?>(s.Topics.Count);
        foreach (var topic in s.Topics) topicReferences.Add(_corpus.ResolveTopic(topic));
        string? topics = CorpusLinker.Join(topicReferences);
        var responses = new List<string?>();
        foreach (var id in s.RespondsTo)
        {
            if (_corpus.ResolveRespondsTo(id) is not { } answered) continue;
            responses.Add(answered.Reference);
            if (s.Date is { } date && answered.Date is { } answeredDate && date.Value.IsBefore(answeredDate))
            {
                _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RespondsForward, id.Location, date.Value.ToString(), id.Value, answeredDate.ToString()));
            }
        }
        CheckNotAfterPublication("statement", s.Date, published);
        if (s.Date is { } statementDate && _corpus.EventById(@event) is { Start: { } eventStart } && statementDate.Value.IsBefore(eventStart.Value))
        {
            _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, statementDate.Location, "date", statementDate.Value.ToString(),
                $"the statement is dated before its event '{s.Event!.Value.Value}' begins ({eventStart.Value}); correct one of the dates"));
        }
        string speakerName = _corpus.NameOf(s.Speaker);
        if (s.Speaker.Kind == ActorRefKind.Id && _corpus.OfficialById(s.Speaker.Value) is { } official) CheckRole(official, s);
        if (found is null) _everyStatementLocated = false;
        if (found is null || speaker is null) return null;
        // Codebook, "Kinds" (CORP052).
        _quoted ??= QuotedPassages.Find(_seed.Text, i => _boilerplate.Any(b => i >= b.Start && i < b.Start + b.Length));
        if (QuoteKind.Check(_seed.Text, _quoted, s.Kind, found.Value.Start, found.Value.Length, s.Text.Location) is { } kindMismatch) _corpus.Add(kindMismatch);
        var (line, column) = _locator.Position(found.Value.Start);
        return new StatementData(
            s.Id.Value, _members.Of("statement", s.Id.Value), speaker, speakerName, Vocabulary.Spelling(s.Kind),
            found.Value.Start, found.Value.Length, line, column,
            s.Date?.Value.ToString(), BasisOf(s.Date), s.Date?.Evidence, @event, Vocabulary.Spelling(s.Act),
            targets, addressee, topics, reportedBy, CorpusLinker.Join(responses), s.Note,
            _seed.Text.Substring(found.Value.Start, found.Value.Length));
    }

    internal static string? BasisOf(DateValue? date) => date is null ? null : Vocabulary.Spelling(date.Basis);

    private void CheckRole(OfficialModel official, StatementModel s)
    {
        if (official.Roles.Count == 0)
        {
            _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoValidRole, s.Speaker.Location, official.Id.Value, "any date", " (the official has no roles)"));
            return;
        }
        if (s.Date is not { } date) return;
        RoleModel? unknown = null;
        foreach (var role in official.Roles)
        {
            var status = RoleValidity.On(role, date.Value, _corpus.ArticlePublished);
            if (status == RoleStatus.Valid) return;
            if (status == RoleStatus.Unknown) unknown ??= role;
        }
        if (unknown is not null)
        {
            // Once per role: the fix is one 'attested' list, not one per statement.
            if (!_corpus.UnknownRolesReported.Add(official.Id.Value + "\n" + unknown.Title + "\n" + unknown.Organization.Value)) return;
            _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RoleValidityUnknown, s.Speaker.Location, unknown.Title, official.Id.Value, date.Value.ToString(), _article.Id.Value));
            return;
        }
        string roles = string.Join("; ", official.Roles.Select(r => $"{r.Title} {r.From?.Value.ToString() ?? "…"}–{r.To?.Value.ToString() ?? "…"}"));
        _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoValidRole, s.Speaker.Location, official.Id.Value, date.Value.ToString(), $" (roles: {roles})"));
    }

    private void CheckNotAfterPublication(string what, DateValue? date, DateValue? published)
    {
        if (date is { } d && published is { } p && d.Value.IsAfter(p.Value))
        {
            _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DateAfterPublication, d.Location, new[] { p.Location }, what, d.Value.ToString(), p.Value.ToString()));
        }
    }

    private void CheckOverlaps(List<StatementData> statements)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            for (int j = i + 1; j < statements.Count && statements[j].Start < statements[i].Start + statements[i].Length; j++)
            {
                if (statements[i].Speaker != statements[j].Speaker) continue;
                var later = _file.Statements.First(s => s.Id.Value == statements[j].Id);
                _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlappingStatements, later.Text.Location, statements[i].Id,
                    statements[i].Line.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>
    /// Finds a passage. With <paramref name="occurrence"/>, the nth match over the whole file;
    /// otherwise the single match, where matches wholly inside boilerplate do not count when
    /// exactly one lies outside it.
    /// </summary>
    private (int Start, int Length)? Locate(Located<string> text, int? occurrence, string what, bool excludeBoilerplate)
    {
        var all = _locator.FindAll(text.Value);
        if (all.Count == 0)
        {
            ReportNotFound(what, text);
            return null;
        }
        (int Start, int Length) chosen;
        if (occurrence is { } n)
        {
            if (n > all.Count)
            {
                _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, text.Location, "occurrence", n.ToString(CultureInfo.InvariantCulture),
                    $"the text occurs only {all.Count} time(s) in {SeedName}; use 1 to {all.Count}"));
                return null;
            }
            chosen = all[n - 1];
        }
        else if (all.Count == 1)
        {
            chosen = all[0];
        }
        else
        {
            var outside = excludeBoilerplate ? all.Where(m => InsideBoilerplate(m) is null).ToList() : all;
            if (outside.Count == 1)
            {
                chosen = outside[0];
            }
            else if (outside.Count == 0)
            {
                chosen = all[0];
            }
            else
            {
                string lines = string.Join(", ", all.Select(m => _locator.Position(m.Start).Line.ToString(CultureInfo.InvariantCulture)));
                _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextAmbiguous, text.Location, SeedLocations(all),
                    what, all.Count.ToString(CultureInfo.InvariantCulture), SeedName, lines));
                return null;
            }
        }
        if (excludeBoilerplate)
        {
            if (InsideBoilerplate(chosen) is { } kind)
            {
                _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InsideBoilerplate, text.Location, SeedLocations(new[] { chosen }),
                    Vocabulary.Spelling(kind) + " boilerplate", $"{SeedName} line {_locator.Position(chosen.Start).Line}"));
                return null;
            }
            if (what == "statement" && _headlines.Any(h => chosen.Start >= h.Start && chosen.Start + chosen.Length <= h.Start + h.Length))
            {
                _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InsideBoilerplate, text.Location, SeedLocations(new[] { chosen }),
                    "headline", $"{SeedName} line {_locator.Position(chosen.Start).Line}"));
                return null;
            }
        }
        return chosen;
    }

    private BoilerplateKind? InsideBoilerplate((int Start, int Length) span)
    {
        foreach (var b in _boilerplate)
        {
            if (span.Start >= b.Start && span.Start + span.Length <= b.Start + b.Length) return b.Kind;
        }
        return null;
    }

    private LocationInfo[] SeedLocations(IEnumerable<(int Start, int Length)> spans) => spans.Select(span =>
    {
        var (line, column) = _locator.Position(span.Start);
        var (endLine, endColumn) = _locator.Position(span.Start + span.Length);
        return new LocationInfo(_seed.Path, new TextRange(span.Start, span.Length, line - 1, column - 1, endLine - 1, endColumn - 1));
    }).ToArray();

    private void ReportNotFound(string what, Located<string> text)
    {
        var (passage, line, difference) = _locator.Closest(text.Value);
        string shown = passage.Length > 160 ? passage.Substring(0, 157) + "…" : passage;
        _corpus.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextNotFound, text.Location, what, SeedName,
            line.ToString(CultureInfo.InvariantCulture), shown.Replace("\r", " ").Replace("\n", " "), difference));
    }
}
