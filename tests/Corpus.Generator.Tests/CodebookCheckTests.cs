extern alias generator;

using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using Checks = generator::Corpus.Generator.Checks;
using Model = generator::Corpus.Generator.Model;
using GenPartialDate = generator::Corpus.PartialDate;
using GenSpeechAct = generator::Corpus.SpeechAct;
using GenStatementKind = generator::Corpus.StatementKind;

namespace Corpus.Generator.Tests;

/// <summary>The codebook's checks as pure functions, on plain inputs (docs/codebook.md).</summary>
public class CodebookCheckTests
{
    private static readonly Model.LocationInfo Nowhere = new("a.yaml", default);

    private static Model.Located<string> L(string value) => new(value, Nowhere);

    private static Model.StatementModel Statement(GenSpeechAct act, string[]? targets = null, string? noTarget = null, string? cameo = null) => new(
        L("s"), new Model.ActorRef(Model.ActorRefKind.Id, "speaker", null, Nowhere), GenStatementKind.Paraphrase, L("text"), null, null, null, act,
        new Model.EquatableArray<Model.ActorRef>((targets ?? Array.Empty<string>()).Select(t => new Model.ActorRef(Model.ActorRefKind.Country, t, t, Nowhere)).ToArray()),
        null, Model.EquatableArray<Model.Located<string>>.Empty, null, Model.EquatableArray<Model.Located<string>>.Empty, null,
        NoTarget: noTarget, Cameo: cameo is null ? null : L(cameo));

    // --- QuotationCoverage ------------------------------------------------------------------

    [Fact]
    public void Coverage_reports_each_uncovered_passage_at_its_line_and_column_in_the_seed()
    {
        const string text = "Head “not body”\nShe said “covered,” and “left out”.\n";
        int covered = text.IndexOf("covered", StringComparison.Ordinal);
        var found = Checks.QuotationCoverage.Check("seeds/a.txt", "a.txt", text,
            outsideBody: new[] { (0, 15) }, covering: new[] { (covered, "covered".Length) });

        var d = Assert.Single(found);
        Assert.Equal("CORP050", d.Id);
        Assert.Equal("seeds/a.txt", d.Location.FilePath);
        Assert.Equal((1, 25), (d.Location.Range.StartLine, d.Location.Range.StartColumn)); // 0-based: line 2, column 26
        Assert.Equal("left out", d.Arguments[0]);
        Assert.Equal("2", d.Arguments[2]);
    }

    [Fact]
    public void Coverage_counts_lines_as_the_compiler_does()
    {
        // CRLF is one break; a lone CR and U+2028 are breaks too.
        const string text = "a\r\nb\rc\u2028 “d”";
        var d = Assert.Single(Checks.QuotationCoverage.Check("a", "a", text, Array.Empty<(int, int)>(), Array.Empty<(int, int)>()));
        Assert.Equal((3, 2), (d.Location.Range.StartLine, d.Location.Range.StartColumn));
    }

    [Fact]
    public void Coverage_needs_the_whole_passage_but_not_its_trailing_comma()
    {
        const string text = "“one two,” he said.";
        Assert.Empty(Checks.QuotationCoverage.Check("a", "a", text, Array.Empty<(int, int)>(), new[] { (1, 7) }));
        Assert.Single(Checks.QuotationCoverage.Check("a", "a", text, Array.Empty<(int, int)>(), new[] { (1, 3) }));
    }

    // --- QuoteKind ---------------------------------------------------------------------------

    private static string? Kind(string text, string span, GenStatementKind kind)
    {
        var passages = Checks.QuotedPassages.Find(text, _ => false);
        int start = text.IndexOf(span, StringComparison.Ordinal);
        return Checks.QuoteKind.Check(text, passages, kind, start, span.Length, Nowhere) is { } d ? d.Arguments[2] : null;
    }

    [Theory]
    [InlineData("He said “we agree”.", "we agree", StatementKind.DirectQuote, null)]
    [InlineData("He said “we agree”.", "“we agree”", StatementKind.DirectQuote, null)]
    [InlineData("He said we agree.", "we agree", StatementKind.DirectQuote, "code it as a paraphrase, or quote the words inside the marks")]
    [InlineData("He said “we agree” today.", "said “we agree” today", StatementKind.DirectQuote, "code it as a partial-quote (the article quotes part of it)")]
    [InlineData("He said “we agree”.", "we agree", StatementKind.Paraphrase, "code it as a direct-quote")]
    [InlineData("He called it a “smear” again.", "called it a “smear” again", StatementKind.Paraphrase, null)]
    [InlineData("He called it a “smear” again.", "called it a “smear” again", StatementKind.PartialQuote, null)]
    [InlineData("He called it a smear again.", "called it a smear", StatementKind.PartialQuote, "code it as a paraphrase, or extend the text to the whole quoted passage")]
    [InlineData("He said “we agree on this”.", "we agree", StatementKind.PartialQuote, "code it as a direct-quote")]
    public void Kind_agrees_with_the_quotation_marks(string text, string span, StatementKind kind, string? fix)
    {
        Assert.Equal(fix, Kind(text, span, (GenStatementKind)(int)kind));
    }

    // --- TargetRequired ---------------------------------------------------------------------

    [Theory]
    [InlineData(SpeechAct.Accuse, true)]
    [InlineData(SpeechAct.Criticize, true)]
    [InlineData(SpeechAct.Appeal, true)]
    [InlineData(SpeechAct.Demand, true)]
    [InlineData(SpeechAct.Threaten, true)]
    [InlineData(SpeechAct.Deny, true)]
    [InlineData(SpeechAct.Reject, false)]
    [InlineData(SpeechAct.Assert, false)]
    [InlineData(SpeechAct.IntendToCooperate, false)]
    public void Directed_acts_need_a_target_or_a_reason(SpeechAct publicAct, bool needsTarget)
    {
        var act = (GenSpeechAct)(int)publicAct;
        var missing = Checks.TargetRequired.Check(Statement(act));
        Assert.Equal(needsTarget ? new[] { "CORP051" } : Array.Empty<string>(), missing.Select(d => d.Id));
        Assert.Empty(Checks.TargetRequired.Check(Statement(act, noTarget: "no one is named")));
    }

    [Theory]
    [InlineData(SpeechAct.Assert, "CORP056")]
    [InlineData(SpeechAct.PessimisticComment, "CORP056")]
    [InlineData(SpeechAct.OptimisticComment, "CORP056")]
    [InlineData(SpeechAct.Accuse, null)]
    [InlineData(SpeechAct.Consult, null)]
    public void Undirected_acts_put_their_actors_under_about(SpeechAct publicAct, string? id)
    {
        var act = (GenSpeechAct)(int)publicAct;
        var found = Checks.TargetRequired.Check(Statement(act, targets: new[] { "US" }));
        Assert.Equal(id is null ? Array.Empty<string>() : new[] { id }, found.Select(d => d.Id));
        if (id is not null) Assert.Equal("[US]", found[0].Arguments[1]);
    }

    // --- CameoFamily -------------------------------------------------------------------------

    [Theory]
    [InlineData(SpeechAct.Accuse, "1125", null)]
    [InlineData(SpeechAct.Criticize, "112", "accuse")]
    [InlineData(SpeechAct.Deny, "016", null)]
    [InlineData(SpeechAct.Assert, "016", "deny")]
    [InlineData(SpeechAct.Consult, "046", null)]
    [InlineData(SpeechAct.Appeal, "046", "consult")]
    public void A_cameo_code_lies_in_the_acts_family(SpeechAct publicAct, string code, string? owner)
    {
        var act = (GenSpeechAct)(int)publicAct;
        var d = Checks.CameoFamily.Check(Statement(act, cameo: code));
        if (owner is null) Assert.Null(d);
        else Assert.Contains($"write 'act: {owner}'", Assert.IsType<Model.DiagnosticInfo>(d).Arguments[4]);
    }

    // --- RoleValidity ------------------------------------------------------------------------

    private static Model.RoleModel Role(string? from = null, string? to = null, params string[] attested) => new(
        "Title", L("org"),
        from is null ? null : new Model.DateValue(GenPartialDate.Parse(from), generator::Corpus.DateBasis.Printed, null, Nowhere),
        to is null ? null : new Model.DateValue(GenPartialDate.Parse(to), generator::Corpus.DateBasis.Printed, null, Nowhere),
        new Model.EquatableArray<Model.RoleAttestation>(attested.Select(a => new Model.RoleAttestation(L(a), GenPartialDate.TryParse(a, out var d) ? d : null)).ToArray()));

    private static GenPartialDate? Published(string id) => id == "article-2025" ? GenPartialDate.Parse("2025-01-19") : null;

    [Theory]
    [InlineData("2021-05", null, new string[0], "2022-10-19", "Valid")]
    [InlineData("2021-05", "2021-12", new string[0], "2022-10-19", "Invalid")]
    [InlineData(null, null, new string[0], "2022-10-19", "Unknown")]
    [InlineData(null, null, new[] { "article-2025" }, "2025-01?", "Valid")]
    [InlineData(null, null, new[] { "article-2025" }, "2022-10-19", "Invalid")]
    [InlineData(null, null, new[] { "2022-10" }, "2022-10-19", "Valid")]
    public void A_role_is_valid_between_its_dates_or_on_its_attestations(string? from, string? to, string[] attested, string date, string status)
    {
        Assert.Equal(status, Checks.RoleValidity.On(Role(from, to, attested), GenPartialDate.Parse(date), Published).ToString());
    }

    // --- SameUtterance -----------------------------------------------------------------------

    private static Checks.UtteranceStatement U(string id, string speaker, string[] speaksFor, string? date, params string[] links) => new(
        L(id), speaker, speaksFor.Append(speaker).ToArray(), date is null ? null : GenPartialDate.Parse(date),
        new Model.EquatableArray<Model.Located<string>>(links.Select(L).ToArray()));

    [Fact]
    public void Same_utterance_links_join_an_official_and_the_body_or_country_they_speak_for()
    {
        var beijing = U("beijing", "c:CN", Array.Empty<string>(), "2015-06-05", "hong");
        var hong = U("hong", "o:hong-lei", new[] { "g:cn-mfa", "c:CN" }, "2015-06-05");
        Assert.Empty(Checks.SameUtterance.Check(new[] { beijing, hong }));
    }

    [Fact]
    public void Same_utterance_links_are_checked()
    {
        var found = Checks.SameUtterance.Check(new[]
        {
            U("a", "o:x", new[] { "c:CN" }, "2015-06-05", "b", "missing", "a", "us"),
            U("b", "o:x", new[] { "c:CN" }, "2015-06-04"),
            U("us", "c:US", Array.Empty<string>(), null),
            U("c", "o:x", Array.Empty<string>(), null, "d"),
            U("d", "o:x", Array.Empty<string>(), null, "c"),
        });
        var messages = found.Select(d => d.Arguments[0] + ": " + d.Arguments[1]).ToList();
        Assert.Contains(messages, m => m.StartsWith("b: joins statements dated 2015-06-05 and 2015-06-04", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("missing: names no statement", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("a: names the statement itself", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("us: joins the speakers 'x' and 'US'", StringComparison.Ordinal));
        Assert.Single(messages, m => m.Contains("cycle", StringComparison.Ordinal));
        Assert.Equal(5, found.Count);
    }
}
