using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>The summary <c>corpus</c> prints without arguments, checked against the typed corpus.</summary>
public sealed class SummaryTests
{
    private static readonly Lazy<CliResult> s_summary = new(() => Cli.Run());

    private static CliResult Summary => s_summary.Value;

    [Fact]
    public void Succeeds_without_errors()
    {
        Assert.Equal(0, Summary.ExitCode);
        Assert.Equal("", Summary.Error);
    }

    [Fact]
    public void Lists_every_article_by_source_file_with_headline_outlet_date_and_statement_count()
    {
        var section = Cli.Section(Summary, "Articles");
        foreach (var article in Articles.All)
        {
            int index = section.ToList().FindIndex(line => line == $"  {article.SourcePath}  {article.Headline ?? "(no headline)"}");
            Assert.True(index >= 0, $"{article.SourcePath} is not listed with its headline.");
            string details = section[index + 1];
            string outlet = article.Outlet is null ? "outlet not printed"
                : article.OutletBasis == DateBasis.Printed ? article.Outlet.Name : $"{article.Outlet.Name} ({Vocabulary.Spelling(article.OutletBasis!.Value)})";
            Assert.StartsWith("      " + outlet + ";", details);
            if (article.Published is { } published)
            {
                Assert.Contains($"published {published} ({Vocabulary.Spelling(article.PublishedBasis!.Value)})", details);
            }
            int count = Statements.All.Count(s => s.Article == article);
            Assert.EndsWith($"; {count} statement{(count == 1 ? "" : "s")}", details);
        }
    }

    [Fact]
    public void An_inferred_outlet_is_shown_as_inferred()
    {
        // 000's outlet is not printed: China Daily is inferred from the layout; 001 prints chinadaily.com.cn; 004 names none.
        var section = Cli.Section(Summary, "Articles");
        string DetailsOf(string source) => section[section.ToList().FindIndex(line => line.StartsWith("  " + source + "  ", StringComparison.Ordinal)) + 1];
        Assert.StartsWith("      China Daily (inferred); published 2022-10", DetailsOf("000_2e0b61488855ce80.txt"));
        Assert.StartsWith("      China Daily; published 2025-01", DetailsOf("001_960ca792217014db.txt"));
        Assert.StartsWith("      outlet not printed; published 2021-05", DetailsOf("004_1e278fe6e9cedae5.txt"));
    }

    [Fact]
    public void Lists_articles_in_ordinal_order_of_their_source_files()
    {
        var listed = Cli.Section(Summary, "Articles")
            .Where(line => line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split("  ")[0])
            .ToList();
        var expected = Articles.All.Select(a => a.SourcePath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Lists_every_speaker_once_with_kind_and_statement_count_most_statements_first()
    {
        var speakerLine = new Regex(@"^  +(?<count>\d+)  (?<name>.+) \((?<kind>official|organization|country|unnamed)[ ,)]");
        var listed = Cli.Section(Summary, "Speakers")
            .Select(line => speakerLine.Match(line))
            .Where(match => match.Success)
            .Select(match => (Name: match.Groups["name"].Value, Kind: match.Groups["kind"].Value, Count: int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)))
            .ToList();

        var expected = Statements.All
            .GroupBy(s => s.Speaker)
            .Select(group => (Name: group.Key.Name, Kind: KindOf(group.Key), Count: group.Count()))
            .OrderByDescending(entry => entry.Count)
            .ThenBy(entry => entry.Name, StringComparer.Ordinal)
            .ThenBy(entry => entry.Kind, StringComparer.Ordinal)
            .ToList();
        // Most statements first; ties by name, ordinally, so the order is the same everywhere.
        Assert.Equal(expected, listed);
        Assert.Equal(Statements.All.Count, listed.Sum(entry => entry.Count));
    }

    [Fact]
    public void Shows_for_each_official_exactly_the_roles_valid_at_their_statement_dates()
    {
        var section = Cli.Section(Summary, "Speakers").ToList();
        var speakingOfficials = Statements.All.Select(s => s.Speaker).OfType<Official>().Distinct().ToList();
        Assert.NotEmpty(speakingOfficials);
        foreach (var official in speakingOfficials)
        {
            var block = SpeakerBlock(section, official.Name);
            var validRoles = official.Statements
                .Where(s => s.Date is not null)
                .Select(s => official.RoleAt(s.Date!.Value))
                .OfType<Role>()
                .Distinct()
                .ToList();
            foreach (var role in official.Roles)
            {
                string shown = $"{role.Title}, {role.Organization.Name} (on ";
                if (validRoles.Contains(role)) Assert.Contains(block, line => line.Trim().StartsWith(shown, StringComparison.Ordinal));
                else Assert.DoesNotContain(block, line => line.Trim().StartsWith(shown, StringComparison.Ordinal));
            }
            if (official.Statements.Any(s => s.Date is null))
            {
                Assert.Contains(block, line => line.Contains("undated statement", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Shows_an_earlier_role_only_when_a_statement_falls_in_it()
    {
        // An official with two roles in the corpus whose statements all fall in one of them.
        var official = Officials.All.FirstOrDefault(o =>
            o.Roles.Count > 1 && o.Statements.Count > 0 && o.Statements.All(s => s.Date is not null)
            && o.Statements.Select(s => o.RoleAt(s.Date!.Value)).Distinct().Count() == 1);
        Assert.NotNull(official);
        var block = SpeakerBlock(Cli.Section(Summary, "Speakers").ToList(), official.Name);
        var shown = official.Roles.Where(role => block.Any(line => line.Contains($"{role.Title}, {role.Organization.Name} (on", StringComparison.Ordinal))).ToList();
        Assert.Equal([official.RoleAt(official.Statements[0].Date!.Value)!], shown);
    }

    [Fact]
    public void Counts_statements_by_speech_act_with_cameo_code_and_plover_type()
    {
        var row = new Regex(@"^  (?<act>[a-z-]+) +(?<cameo>\d{3}) +(?<plover>[A-Z]+|-) +(?<count>\d+)$");
        var rows = Cli.Section(Summary, "Statements by speech act")
            .Select(line => row.Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["act"].Value);

        Assert.Equal(Enum.GetValues<SpeechAct>().Length, rows.Count);
        int sum = 0;
        foreach (var act in Enum.GetValues<SpeechAct>())
        {
            var match = rows[Vocabulary.Spelling(act)];
            Assert.Equal(act.CameoCode(), match.Groups["cameo"].Value);
            Assert.Equal(act.Plover()?.ToString().ToUpperInvariant() ?? "-", match.Groups["plover"].Value);
            int count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            Assert.Equal(Statements.All.Count(s => s.Act == act), count);
            sum += count;
        }
        Assert.Equal(Statements.All.Count, sum);
        Assert.Contains(Cli.Section(Summary, "Statements by speech act"), line => Regex.IsMatch(line, $@"^  total +{Statements.All.Count}$"));
    }

    [Fact]
    public void Example_query_shows_its_linq_and_exactly_the_statements_targeting_the_uk()
    {
        var section = Cli.Section(Summary, "Example query");
        Assert.Equal("  Statements.All.Where(s => s.Targets.OfType<Country>().Any(c => c.Code == \"GB\"))", section[0]);

        var expected = Statements.All.Where(s => s.Targets.Any(t => t is Country { Code: "GB" })).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal($"  {expected.Count} statement{(expected.Count == 1 ? "" : "s")}:", section[1]);

        var printed = Cli.Statements(section);
        Assert.Equal(expected.Select(s => s.Id), printed.Select(p => p.Id));
        foreach (var (statement, shown) in expected.Zip(printed))
        {
            Assert.Equal(Cli.Quoted(statement), shown.Text);
            Assert.Equal(statement.Article.SourcePath, shown.SourcePath);
            Assert.Equal(statement.Line, shown.Line);
            Assert.StartsWith(statement.Speaker.Name + ", ", shown.Header);
            Assert.Contains(", " + Vocabulary.Spelling(statement.Act) + " (", shown.Header);
        }
    }

    [Fact]
    public void Citation_lines_point_at_the_statement_text_in_the_seed()
    {
        // The line number printed is where the text starts in the article, counted from 1.
        foreach (var shown in Cli.Statements(Cli.Section(Summary, "Example query")))
        {
            var statement = Statements.All.Single(s => s.Id == shown.Id);
            int line = 1 + statement.Article.Text.AsSpan(0, statement.Start).Count('\n');
            Assert.Equal(line, shown.Line);
        }
    }

    private static List<string> SpeakerBlock(List<string> section, string name)
    {
        int start = section.FindIndex(line => Regex.IsMatch(line, $@"^  +\d+  {Regex.Escape(name)} \("));
        Assert.True(start >= 0, $"{name} is not listed among the speakers.");
        return section.Skip(start + 1).TakeWhile(line => !Regex.IsMatch(line, @"^  +\d+  ")).ToList();
    }

    private static string KindOf(Actor actor) => actor switch
    {
        Official => "official",
        Organization => "organization",
        Country => "country",
        UnnamedActor => "unnamed",
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };
}
