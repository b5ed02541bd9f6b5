using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Corpus.Generator.Checks;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// Stage 3: one article → its linked data, diagnostics, and what it refers to. A pure function
/// of the article's parse, its seed and the index: no other article's link can change its
/// output, so the order articles are linked in does not matter and an edit re-links one article.
/// </summary>
internal static class LinkArticle
{
    /// <summary>A generated class holds at most 65,535 methods; an article's statements are one class.</summary>
    public const int MaxStatementsPerArticle = 60_000;

    public static ArticleLink Link(SeedMatch match, DeclarationIndex index, CancellationToken cancellationToken = default)
    {
        var unit = match.Unit;
        var diagnostics = new List<DiagnosticInfo>();
        var resolver = new ReferenceResolver(index, diagnostics);
        ArticleData? data = null;
        try
        {
            if (Linkable(match, index, diagnostics) is { } article)
            {
                data = new Linker(unit, article, match.Seed!, resolver, diagnostics, cancellationToken).Link();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(unit.Path, default), e.GetType().Name + ": " + e.Message));
            data = null;
        }
        var linked = new HashSet<string>(data?.Statements.Select(s => s.Id) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var unlinked = unit.Statements.Where((s, i) => index.Owns(EntityKind.Statement, s.Id.Value, unit.Path, i) && !linked.Contains(s.Id.Value))
            .Select(s => new EntityRef(EntityKind.Statement, s.Id.Value))
            .Concat(data is not null ? Enumerable.Empty<EntityRef>() : OwnEvents(unit, index).Select(e => new EntityRef(EntityKind.Event, e.Id.Value)))
            // An article that holds its ID but did not link: roles attested by it leave it out.
            .Concat(data is null && unit.Article is { } own && index.Owns(EntityKind.Article, own.Id.Value, unit.Path, 0)
                ? new[] { new EntityRef(EntityKind.Article, own.Id.Value) } : Enumerable.Empty<EntityRef>())
            .OrderBy(r => r.Kind).ThenBy(r => r.Id, StringComparer.Ordinal).ToEquatableArray();
        return new ArticleLink(unit.Path, data, diagnostics.ToEquatableArray(), resolver.References, CountriesOf(data), unlinked);
    }

    /// <summary>The article's own events that hold their IDs.</summary>
    private static IEnumerable<EventModel> OwnEvents(ArticleUnit unit, DeclarationIndex index) =>
        unit.Events.Where((e, i) => e.IsArticleEvent && index.Owns(EntityKind.Event, e.Id.Value, unit.Path, i));

    /// <summary>The article, when it holds its ID and its seed is there, readable and within limits; otherwise null (reported).</summary>
    private static ArticleModel? Linkable(SeedMatch match, DeclarationIndex index, List<DiagnosticInfo> diagnostics)
    {
        if (match.Unit.Article is not { } article || !index.Owns(EntityKind.Article, article.Id.Value, match.Unit.Path, 0)) return null;
        string source = article.Source.Value.Replace('\\', '/');
        if (match.Seed is not { } seed)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedMissing, article.Source.Location, source, match.DidYouMean));
            return null;
        }
        // A seed claimed by an earlier article is reported by the corpus checks.
        if (index.ClaimantOf(source) is not { } claimant || claimant.Path != match.Unit.Path) return null;
        // A seed the compiler did not read faithfully is reported by the corpus checks; nothing is grounded in it.
        if (seed.Diagnostics.Count > 0) return null;
        if (seed.ReadError is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(seed.Path, default), "the seed file could not be read: " + seed.ReadError));
            return null;
        }
        if (seed.IsTooLarge)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputLimit, article.Source.Location,
                string.Format(CultureInfo.InvariantCulture, "The seed file '{0}' is larger than the limit of {1:N0} characters; split the article", source, SeedLimits.MaxSeedLength)));
            return null;
        }
        if (match.Unit.Statements.Count > MaxStatementsPerArticle)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputLimit, article.Id.Location,
                string.Format(CultureInfo.InvariantCulture, "The article has {0:N0} statements, more than the limit of {1:N0} one generated class can hold; split the article", match.Unit.Statements.Count, MaxStatementsPerArticle)));
            return null;
        }
        return article;
    }

    /// <summary>Every country the article's data names: the runtime's Countries list is their union with the registries'.</summary>
    private static EquatableArray<string> CountriesOf(ArticleData? data)
    {
        if (data is null) return EquatableArray<string>.Empty;
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in data.Events)
        {
            ReferenceResolver.AddCountries(codes, e.Organizer);
            foreach (var actor in e.Actors) ReferenceResolver.AddCountries(codes, actor);
        }
        foreach (var s in data.Statements)
        {
            ReferenceResolver.AddCountries(codes, s.Speaker);
            foreach (var actor in s.Targets) ReferenceResolver.AddCountries(codes, actor);
            foreach (var actor in s.About) ReferenceResolver.AddCountries(codes, actor);
            foreach (var actor in s.Addressees) ReferenceResolver.AddCountries(codes, actor);
            foreach (var actor in s.ReportedBy) ReferenceResolver.AddCountries(codes, actor);
        }
        return codes.ToEquatableArray();
    }

    /// <summary>The work of one link: grounds the article's passages and statements in the seed text and checks them.</summary>
    private sealed class Linker
    {
        private readonly ArticleUnit _unit;
        private readonly ArticleModel _article;
        private readonly SeedFile _seed;
        private readonly ReferenceResolver _resolve;
        private readonly DeclarationIndex _index;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly TextLocator _locator;
        private readonly PassageSearch _search;
        private readonly HashSet<RoleModel> _unknownRolesReported = new();
        private IReadOnlyList<QuotedPassage>? _quoted;
        private bool _everyStatementLocated = true;
        private readonly List<(int Start, int Length, BoilerplateKind Kind)> _boilerplate = new();
        private readonly List<(int Start, int Length)> _headlines = new();

        public Linker(ArticleUnit unit, ArticleModel article, SeedFile seed, ReferenceResolver resolver, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _unit = unit;
            _article = article;
            _seed = seed;
            _resolve = resolver;
            _index = resolver.Index;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _locator = new TextLocator(seed.Text, cancellationToken);
            _search = new PassageSearch(_locator);
            _isInsideBoilerplate = span => InsideBoilerplate(span) is not null;
        }

        private readonly Func<(int Start, int Length), bool> _isInsideBoilerplate;

        private string SeedName => _seed.Name;

        private void Add(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

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
                var all = _search.Find(text.Value, null, _isInsideBoilerplate);
                if (all.Count == 0)
                {
                    ReportNotFound("headline", text);
                    continue;
                }
                // The headline is where it first stands outside boilerplate; a body sentence that repeats it can still be quoted.
                _headlines.Add(all.FirstOutside ?? all.First[0]);
            }
            var notSpeech = new List<PassageData>();
            foreach (var passage in _article.NotSpeech)
            {
                if (Locate(passage.Text, passage.Occurrence, "not-speech", excludeBoilerplate: true) is { } found)
                {
                    notSpeech.Add(new PassageData(found.Start, found.Length, null, passage.Reason));
                }
            }

            // The outlet whatever its basis: printed on the page, or inferred with its evidence.
            var outletSource = _article.OutletSource ?? (_article.Outlet is { } printed ? new SourcedValue(printed, DateBasis.Printed, null) : null);
            string? outlet = _resolve.Organization(outletSource?.Value, "an organization ID (the outlet)");
            var headline = _article.HeadlineSource ?? (_article.Headline is { } printedHeadline ? new SourcedValue(printedHeadline, DateBasis.Printed, null) : null);
            var published = _article.Published;
            var events = OwnEvents(_unit, _index).ToList();
            foreach (var e in events) CheckNotAfterPublication("event", e.Start, published);

            var statements = new List<StatementData>();
            for (int i = 0; i < _unit.Statements.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var statement = _unit.Statements[i];
                if (!_index.Owns(EntityKind.Statement, statement.Id.Value, _unit.Path, i)) continue;
                if (LinkStatement(statement, published) is { } data) statements.Add(data);
            }
            statements.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
            CheckOverlaps(statements);
            // Codebook, "Quoted passages" (CORP050). Skipped when a statement could not be located or the file has a
            // parse error that left statements out: their passages would be reported a second time.
            if (_everyStatementLocated && _unit.ParsedWithoutErrors)
            {
                var covering = statements.Select(st => (st.Start, st.Length)).Concat(notSpeech.Select(p => (p.Start, p.Length))).ToList();
                var outsideBody = _boilerplate.Select(b => (b.Start, b.Length)).Concat(_headlines).ToList();
                foreach (var d in QuotationCoverage.Check(_seed.Path, SeedName, _seed.Text, outsideBody, covering)) Add(d);
            }

            var linkedEvents = events.Select(_resolve.EventData).ToEquatableArray();
            return new ArticleData(
                _article.Id.Value, SeedName, headline?.Value.Value, _article.Subheadline?.Value,
                outlet, _article.Byline, published?.Value.ToString(), ReferenceResolver.BasisOf(published), published?.Evidence,
                _article.Url, _article.Note, _seed.Text, _seed.Resource, boilerplate.ToEquatableArray(), notSpeech.ToEquatableArray(), linkedEvents, statements.ToEquatableArray(),
                OutletBasis: outlet is null ? null : Vocabulary.Spelling(outletSource!.Basis), OutletEvidence: outlet is null ? null : outletSource!.Evidence,
                HeadlineBasis: headline is null ? null : Vocabulary.Spelling(headline.Basis), HeadlineEvidence: headline?.Evidence,
                Updated: _article.Updated?.Value.ToString());
        }

        private StatementData? LinkStatement(StatementModel s, DateValue? published)
        {
            var found = Locate(s.Text, s.Occurrence, "statement", excludeBoilerplate: true);
            var speaker = _resolve.Actor(s.Speaker);
            string? @event = _resolve.Event(s.Event);
            var targets = _resolve.Actors(s.Targets);
            var about = _resolve.Actors(s.About);
            var addressees = _resolve.Actors(s.Addressees);
            var reportedBy = _resolve.Actors(s.ReportedByChain);
            var concerns = _resolve.Events(s.Concerns);
            // Links to statements the index holds; a link to no statement, or to itself, is reported by the corpus checks (CORP053).
            var sameUtterance = s.SameUtteranceAs.Count == 0 ? EquatableArray<string>.Empty : s.SameUtteranceAs.Select(l => l.Value).Where(id => id != s.Id.Value && _index.Statement(id) is not null)
                .Distinct(StringComparer.Ordinal).ToEquatableArray();
            var topics = new List<string>(s.Topics.Count);
            foreach (var topic in s.Topics)
            {
                if (_resolve.Topic(topic) is { } id && !topics.Contains(id)) topics.Add(id);
            }
            var responses = new List<ResponseKey>();
            foreach (var id in s.RespondsTo)
            {
                if (_resolve.RespondsTo(id) is not { } answered) continue;
                if (!responses.Contains(answered.Key)) responses.Add(answered.Key);
                if (s.Date is { } date && answered.Date is { } answeredDate && date.Value.IsBefore(answeredDate))
                {
                    Add(DiagnosticInfo.Create(DiagnosticDescriptors.RespondsForward, id.Location, date.Value.ToString(), id.Value, answeredDate.ToString()));
                }
            }
            CheckNotAfterPublication("statement", s.Date, published);
            if (s.Date is { } statementDate && @event is not null && _index.Event(@event) is { Start: { } eventStart } && statementDate.Value.IsBefore(eventStart.Value))
            {
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, statementDate.Location, "date", statementDate.Value.ToString(),
                    $"the statement is dated before its event '{s.Event!.Value.Value}' begins ({eventStart.Value}); correct one of the dates"));
            }
            string speakerName = _resolve.NameOf(s.Speaker);
            if (s.Speaker.Kind == ActorRefKind.Id && _index.Official(s.Speaker.Value) is { } official) CheckRole(official, s);
            if (found is null) _everyStatementLocated = false;
            if (found is null || speaker is null) return null;
            // Codebook, "Kinds" (CORP052).
            _quoted ??= QuotedPassages.Find(_seed.Text, IsBoilerplateAt);
            if (QuoteKind.Check(_seed.Text, _quoted, s.Kind, found.Value.Start, found.Value.Length, s.Text.Location) is { } kindMismatch) Add(kindMismatch);
            var (line, column) = _locator.Position(found.Value.Start);
            return new StatementData(
                s.Id.Value, speaker.Value, speakerName, Vocabulary.Spelling(s.Kind),
                found.Value.Start, found.Value.Length, line, column,
                s.Date?.Value.ToString(), ReferenceResolver.BasisOf(s.Date), s.Date?.Evidence, @event, Vocabulary.Spelling(s.Act),
                targets, addressees, topics.ToEquatableArray(), reportedBy, responses.ToEquatableArray(), s.Note,
                PassageText(s.Text.Value, found.Value.Start, found.Value.Length),
                about, s.NoTarget, sameUtterance, concerns, s.Cameo?.Value);
        }

        /// <summary>The article's characters at the passage: the annotation's own string when it has them exactly (most do), so they are held once.</summary>
        private string PassageText(string annotated, int start, int length) =>
            annotated.Length == length && string.CompareOrdinal(_seed.Text, start, annotated, 0, length) == 0 ? annotated : _seed.Text.Substring(start, length);

        private void CheckRole(OfficialModel official, StatementModel s)
        {
            if (official.Roles.Count == 0)
            {
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoValidRole, s.Speaker.Location, official.Id.Value, "any date", " (the official has no roles)"));
                return;
            }
            if (s.Date is not { } date) return;
            RoleModel? unknown = null;
            foreach (var role in official.Roles)
            {
                var status = RoleValidity.On(role, date.Value, _index.ArticlePublished);
                if (status == RoleStatus.Valid) return;
                if (status == RoleStatus.Unknown) unknown ??= role;
            }
            if (unknown is not null)
            {
                // Once per role and article: the fix is one 'attested' list, not one per statement.
                if (!_unknownRolesReported.Add(unknown)) return;
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.RoleValidityUnknown, s.Speaker.Location, unknown.Title, official.Id.Value, date.Value.ToString(), _article.Id.Value));
                return;
            }
            string roles = string.Join("; ", official.Roles.Select(r => $"{r.Title} {r.From?.Value.ToString() ?? "…"}–{r.To?.Value.ToString() ?? "…"}"));
            Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoValidRole, s.Speaker.Location, official.Id.Value, date.Value.ToString(), $" (roles: {roles})"));
        }

        private void CheckNotAfterPublication(string what, DateValue? date, DateValue? published)
        {
            if (date is { } d && published is { } p && d.Value.IsAfter(p.Value))
            {
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.DateAfterPublication, d.Location, new[] { p.Location }, what, d.Value.ToString(), p.Value.ToString()));
            }
        }

        private void CheckOverlaps(List<StatementData> statements)
        {
            foreach (var (later, earlier) in OverlapReport.Find(statements.Select(s => (s.Speaker, s.Start, s.Length)).ToList()))
            {
                var statement = _unit.Statements.First(s => s.Id.Value == statements[later].Id);
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlappingStatements, statement.Text.Location, statements[earlier].Id,
                    statements[earlier].Line.ToString(CultureInfo.InvariantCulture)));
            }
        }

        /// <summary>
        /// Finds a passage. With <paramref name="occurrence"/>, the nth match over the whole file;
        /// otherwise the single match, where matches wholly inside boilerplate do not count when
        /// exactly one lies outside it.
        /// </summary>
        private (int Start, int Length)? Locate(Located<string> text, int? occurrence, string what, bool excludeBoilerplate)
        {
            var all = _search.Find(text.Value, occurrence, excludeBoilerplate ? _isInsideBoilerplate : null);
            if (all.OverBudget)
            {
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputLimit, text.Location, string.Format(CultureInfo.InvariantCulture,
                    "The article's passages need more searching in {0} than the limit of {1:N0} characters; annotate fewer or longer passages per article, or split the article", SeedName, PassageSearch.MaxWork)));
                return null;
            }
            if (all.Count == 0)
            {
                ReportNotFound(what, text);
                return null;
            }
            (int Start, int Length) chosen;
            if (occurrence is { } n)
            {
                if (all.Nth is not { } nth)
                {
                    Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, text.Location, "occurrence", n.ToString(CultureInfo.InvariantCulture),
                        $"the text occurs only {all.Count} time(s) in {SeedName}; use 1 to {all.Count}"));
                    return null;
                }
                chosen = nth;
            }
            else if (all.Count == 1)
            {
                chosen = all.First[0];
            }
            else if (all.OutsideCount == 1)
            {
                chosen = all.FirstOutside!.Value;
            }
            else if (all.OutsideCount == 0)
            {
                chosen = all.First[0];
            }
            else
            {
                string lines = MatchList.Lines(all.First.Select(m => _locator.Position(m.Start).Line).ToList(), all.Count);
                Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextAmbiguous, text.Location, SeedLocations(all.First),
                    what, MatchList.Count(all.Count), SeedName, lines));
                return null;
            }
            if (excludeBoilerplate)
            {
                if (InsideBoilerplate(chosen) is { } kind)
                {
                    Add(DiagnosticInfo.Create(DiagnosticDescriptors.InsideBoilerplate, text.Location, SeedLocations(new[] { chosen }),
                        Vocabulary.Spelling(kind) + " boilerplate", $"{SeedName} line {_locator.Position(chosen.Start).Line}"));
                    return null;
                }
                if (what == "statement" && _headlines.Any(h => chosen.Start >= h.Start && chosen.Start + chosen.Length <= h.Start + h.Length))
                {
                    Add(DiagnosticInfo.Create(DiagnosticDescriptors.InsideBoilerplate, text.Location, SeedLocations(new[] { chosen }),
                        "headline", $"{SeedName} line {_locator.Position(chosen.Start).Line}"));
                    return null;
                }
            }
            return chosen;
        }

        private bool IsBoilerplateAt(int offset)
        {
            foreach (var b in _boilerplate)
            {
                if (offset >= b.Start && offset < b.Start + b.Length) return true;
            }
            return false;
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
            string shown = MessageText.Shorten(passage, 158);
            Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextNotFound, text.Location, what, SeedName,
                line.ToString(CultureInfo.InvariantCulture), shown.Replace("\r", " ").Replace("\n", " "), difference));
        }
    }
}

internal static class SeedLimits
{
    /// <summary>Seeds above this size are refused with CORP015.</summary>
    public const int MaxSeedLength = 4 * 1024 * 1024;
}
