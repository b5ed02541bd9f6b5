using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>Properties every statement, article and entity of the corpus must have, whatever the annotations say.</summary>
public class CorpusInvariantTests
{
    public static TheoryData<string> ArticleIds() => new(Articles.All.Select(a => a.Id));

    private static Article ArticleById(string id) => Articles.All.Single(a => a.Id == id);

    private static bool Overlaps(int start, int length, Passage passage) =>
        start < passage.Start + passage.Length && passage.Start < start + length;

    // --- text and offsets -------------------------------------------------------------------

    [Fact]
    public void Every_seed_file_is_one_article_whose_text_is_the_file_verbatim()
    {
        var seeds = Directory.GetFiles(Repository.SeedsDirectory, "*.txt").Select(f => Path.GetFileName(f)!).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(seeds, Articles.All.Select(a => a.SourcePath));
        Assert.All(Articles.All, a => Assert.Equal(Repository.ReadSeed(a.SourcePath), a.Text));
    }

    [Fact]
    public void Statement_text_is_the_article_text_at_its_offsets()
    {
        Assert.All(Statements.All, s =>
        {
            Assert.InRange(s.Start, 0, s.Article.Text.Length - 1);
            Assert.InRange(s.Length, 1, s.Article.Text.Length - s.Start);
            Assert.Equal(s.Article.Text.Substring(s.Start, s.Length), s.Text);
        });
    }

    [Fact]
    public void Statement_line_and_column_agree_with_its_offset()
    {
        Assert.All(Statements.All, s =>
        {
            string before = s.Article.Text.Substring(0, s.Start);
            int line = 1 + before.Count(c => c == '\n');
            int column = s.Start - (before.LastIndexOf('\n') + 1) + 1;
            Assert.True(line == s.Line && column == s.Column, $"{s.Id}: ({s.Line},{s.Column}) but the offset {s.Start} is at ({line},{column})");
        });
    }

    [Fact]
    public void Statement_text_is_non_empty_and_trimmed()
    {
        Assert.All(Statements.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text), s.Id);
            Assert.True(s.Text == s.Text.Trim(), $"{s.Id}: untrimmed text «{s.Text}»");
        });
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void No_statement_or_not_speech_passage_overlaps_boilerplate(string articleId)
    {
        var article = ArticleById(articleId);
        foreach (var passage in article.Boilerplate)
        {
            Assert.All(article.Statements, s => Assert.False(Overlaps(s.Start, s.Length, passage), $"{s.Id} overlaps {passage.Kind} boilerplate «{passage.Text}»"));
            Assert.All(article.NotSpeech, n => Assert.False(Overlaps(n.Start, n.Length, passage), $"not-speech «{n.Text}» overlaps boilerplate «{passage.Text}»"));
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Passages_are_located_at_their_text(string articleId)
    {
        var article = ArticleById(articleId);
        Assert.All(article.Boilerplate.Concat(article.NotSpeech), p =>
        {
            Assert.Same(article, p.Article);
            Assert.True(p.Length > 0 && p.Start >= 0 && p.Start + p.Length <= article.Text.Length);
            Assert.Equal(article.Text.Substring(p.Start, p.Length), p.Text);
        });
        Assert.All(article.Boilerplate, p => Assert.NotNull(p.Kind));
        Assert.All(article.NotSpeech, p =>
        {
            Assert.Null(p.Kind);
            Assert.False(string.IsNullOrWhiteSpace(p.Reason), $"not-speech «{p.Text}» has no reason");
        });
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Body_is_the_text_without_boilerplate_and_keeps_every_statement(string articleId)
    {
        var article = ArticleById(articleId);
        string text = article.Text;
        var excluded = new bool[text.Length];
        foreach (var passage in article.Boilerplate)
        {
            for (int i = passage.Start; i < passage.Start + passage.Length; i++) excluded[i] = true;
        }
        Assert.Equal(text.Length - excluded.Count(x => x), article.Body.Length);

        // A boilerplate passage is gone from the body; a duplicate's original stays, so count occurrences.
        foreach (var group in article.Boilerplate.GroupBy(p => p.Text))
        {
            Assert.True(
                Occurrences(article.Body, group.Key) == Occurrences(text, group.Key) - group.Count(),
                $"{group.First().Kind} boilerplate «{group.Key}» is still in the body");
        }
        Assert.All(article.Boilerplate.Where(p => p.Kind != BoilerplateKind.Duplicate), p => Assert.DoesNotContain(p.Text, article.Body, StringComparison.Ordinal));

        // Each statement sits in the body at its offset less the boilerplate before it.
        Assert.All(article.Statements, s =>
        {
            int bodyStart = s.Start - excluded.Take(s.Start).Count(x => x);
            Assert.Equal(s.Text, article.Body.Substring(bodyStart, s.Length));
        });
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void Headlines_and_bylines_are_verbatim_outside_boilerplate()
    {
        Assert.All(Articles.All, article =>
        {
            // A headline known from elsewhere is not in the text; every headline of this corpus is printed.
            Assert.True(article.Headline is null || article.HeadlineBasis == DateBasis.Printed, article.Id);
            foreach (var printed in new[] { article.Headline, article.Subheadline, article.Byline }.OfType<string>())
            {
                int at = article.Text.IndexOf(printed, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{article.Id}: «{printed}» is not in the text");
                Assert.DoesNotContain(article.Boilerplate, p => Overlaps(at, printed.Length, p));
            }
        });
    }

    [Fact]
    public void Statements_are_listed_article_by_article_in_text_order()
    {
        Assert.Equal(Articles.All.SelectMany(a => a.Statements), Statements.All);
        Assert.All(Articles.All, a =>
        {
            Assert.All(a.Statements, s => Assert.Same(a, s.Article));
            Assert.Equal(a.Statements.OrderBy(s => s.Start).ThenByDescending(s => s.Length), a.Statements);
        });
    }

    // --- navigation both ways ---------------------------------------------------------------

    [Fact]
    public void Speakers_list_their_statements()
    {
        Assert.All(Statements.All, s => Assert.Contains(s, s.Speaker.Statements));
        Assert.All(CorpusActors.All, actor => Assert.All(actor.Statements, s => Assert.Same(actor, s.Speaker)));
        Assert.Equal(Statements.All.Count, CorpusActors.All.Sum(a => a.Statements.Count));
    }

    [Fact]
    public void Events_list_the_statements_made_at_them()
    {
        Assert.All(Statements.All.Where(s => s.Event is not null), s => Assert.Contains(s, s.Event!.Statements));
        Assert.All(Events.All, e => Assert.All(e.Statements, s => Assert.Same(e, s.Event)));
        Assert.Equal(Statements.All.Count(s => s.Event is not null), Events.All.Sum(e => e.Statements.Count));
    }

    [Fact]
    public void Articles_list_the_events_their_files_declare()
    {
        Assert.All(Events.All.Where(e => e.Article is not null), e => Assert.Contains(e, e.Article!.Events));
        Assert.All(Articles.All, a => Assert.All(a.Events, e => Assert.Same(a, e.Article)));
    }

    [Fact]
    public void Topics_list_their_statements_and_every_statement_has_a_topic()
    {
        Assert.All(Statements.All, s =>
        {
            Assert.NotEmpty(s.Topics);
            Assert.Equal(s.Topics.Count, s.Topics.Distinct().Count());
            Assert.All(s.Topics, t => Assert.Contains(s, t.Statements));
        });
        Assert.All(Topics.All, t => Assert.All(t.Statements, s => Assert.Contains(t, s.Topics)));
    }

    [Fact]
    public void Targets_and_TargetedBy_agree()
    {
        Assert.All(Statements.All, s => Assert.All(s.Targets, target => Assert.Contains(s, target.TargetedBy)));
        Assert.All(CorpusActors.All, actor => Assert.All(actor.TargetedBy, s => Assert.Contains(actor, s.Targets)));
        Assert.Equal(Statements.All.Sum(s => s.Targets.Count), CorpusActors.All.Sum(a => a.TargetedBy.Count));
    }

    [Fact]
    public void RespondsTo_and_Responses_agree()
    {
        Assert.All(Statements.All, s => Assert.All(s.RespondsTo, answered => Assert.Contains(s, answered.Responses)));
        var respondables = Statements.All.Cast<IRespondable>().Concat(Events.All).ToList();
        Assert.All(respondables, r => Assert.All(r.Responses, s => Assert.Contains(r, s.RespondsTo)));
        Assert.Equal(Statements.All.Sum(s => s.RespondsTo.Count), respondables.Sum(r => r.Responses.Count));
        Assert.All(Statements.All, s => Assert.DoesNotContain(s, s.RespondsTo));
    }

    [Fact]
    public void Roles_link_officials_and_organizations()
    {
        Assert.All(Officials.All, official => Assert.All(official.Roles, role =>
        {
            Assert.Same(official, role.Official);
            Assert.Contains(role, role.Organization.Roles);
        }));
        Assert.All(Organizations.All, organization => Assert.All(organization.Roles, role =>
        {
            Assert.Same(organization, role.Organization);
            Assert.Contains(role, role.Official.Roles);
        }));
    }

    [Fact]
    public void Organization_parents_and_children_agree()
    {
        Assert.All(Organizations.All.Where(o => o.Parent is not null), o => Assert.Contains(o, o.Parent!.Children));
        Assert.All(Organizations.All, o => Assert.All(o.Children, child => Assert.Same(o, child.Parent)));
    }

    // --- dates ------------------------------------------------------------------------------

    [Fact]
    public void Every_official_speaker_held_a_role_on_the_statement_date()
    {
        Assert.All(Statements.All.Where(s => s.Speaker is Official), s =>
        {
            var official = (Official)s.Speaker;
            Assert.NotEmpty(official.Roles);
            if (s.Date is { } date) Assert.True(official.RoleAt(date) is not null, $"{s.Id}: {official.Name} held no annotated role on {date}");
        });
    }

    [Fact]
    public void No_statement_is_dated_after_its_article_was_published()
    {
        Assert.All(Statements.All.Where(s => s.Date is not null && s.Article.Published is not null), s =>
            Assert.False(s.Date!.Value.IsAfter(s.Article.Published!.Value), $"{s.Id}: {s.Date} is after the article's {s.Article.Published}"));
        Assert.All(Events.All.Where(e => e.Start is not null && e.Article?.Published is not null), e =>
            Assert.False(e.Start!.Value.IsAfter(e.Article!.Published!.Value), $"{e.Id} starts after its article was published"));
    }

    [Fact]
    public void Statements_made_at_an_event_are_dated_within_it_and_by_one_of_its_actors()
    {
        Assert.All(Events.All.Where(e => e.Start is not null && e.End is not null), e => Assert.True(e.Start <= e.End, $"{e.Id}: {e.Start} > {e.End}"));
        Assert.All(Statements.All.Where(s => s.Event is not null), s =>
        {
            var e = s.Event!;
            if (s.Date is { } date && e.Start is { } start)
            {
                var end = e.End ?? start;
                Assert.False(date.IsBefore(start) || date.IsAfter(end), $"{s.Id}: {date} is outside {e.Id} ({start}–{end})");
            }
            if (e.Actors.Count > 0) Assert.Contains(s.Speaker, e.Actors);
        });
    }

    [Fact]
    public void No_statement_answers_something_said_after_it()
    {
        Assert.All(Statements.All.Where(s => s.Date is not null), s => Assert.All(s.RespondsTo, answered =>
        {
            PartialDate? answeredDate = answered is Statement statement ? statement.Date : ((Event)answered).Start;
            if (answeredDate is { } before)
                Assert.False(s.Date!.Value.IsBefore(before), $"{s.Id} ({s.Date}) answers {answered.Id} ({before})");
        }));
    }

    [Fact]
    public void Dates_not_printed_carry_evidence()
    {
        Assert.All(Statements.All.Where(s => s.Date is not null && s.DateBasis != DateBasis.Printed), s =>
            Assert.False(string.IsNullOrWhiteSpace(s.DateEvidence), $"{s.Id}: {s.DateBasis} date without evidence"));
        Assert.All(Events.All.Where(e => e.Start is not null && e.DateBasis != DateBasis.Printed), e =>
            Assert.False(string.IsNullOrWhiteSpace(e.DateEvidence), $"{e.Id}: {e.DateBasis} date without evidence"));
        Assert.All(Articles.All.Where(a => a.Published is not null && a.PublishedBasis != DateBasis.Printed), a =>
            Assert.False(string.IsNullOrWhiteSpace(a.PublishedEvidence), $"{a.Id}: {a.PublishedBasis} date without evidence"));
    }

    // --- identifiers ------------------------------------------------------------------------

    private static readonly Regex s_kebabId = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public static TheoryData<string> EntityKinds() => new(IdsByKind().Keys);

    private static Dictionary<string, IReadOnlyList<string>> IdsByKind() => new()
    {
        ["statements"] = Statements.All.Select(s => s.Id).ToList(),
        ["officials"] = Officials.All.Select(o => o.Id).ToList(),
        ["organizations"] = Organizations.All.Select(o => o.Id).ToList(),
        ["events"] = Events.All.Select(e => e.Id).ToList(),
        ["articles"] = Articles.All.Select(a => a.Id).ToList(),
        ["topics"] = Topics.All.Select(t => t.Id).ToList(),
    };

    [Theory]
    [MemberData(nameof(EntityKinds))]
    public void Ids_are_unique_kebab_case_per_kind(string kind)
    {
        var ids = IdsByKind()[kind];
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(s_kebabId, id));
        var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Responds_to_references_are_unambiguous_between_statements_and_events()
    {
        // RespondsTo mixes statement and event IDs; one ID naming both would be ambiguous in the YAML.
        Assert.Empty(Statements.All.Select(s => s.Id).Intersect(Events.All.Select(e => e.Id)));
    }
}
