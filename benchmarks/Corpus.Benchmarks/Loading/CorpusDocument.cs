using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Benchmarks.Loading;

// What a user would write instead of the generated library: plain classes holding the same
// corpus, loaded at run time from one JSON or YAML file. References are IDs, as in the files;
// the first query links what it needs itself. This file is also compiled into the cold-start
// runners, so it depends on the base library only.

/// <summary>The whole corpus in one document.</summary>
public sealed class CorpusDocument
{
    public List<TopicRecord> Topics { get; set; } = new();
    public List<OrganizationRecord> Organizations { get; set; } = new();
    public List<OfficialRecord> Officials { get; set; } = new();
    public List<EventRecord> Events { get; set; } = new();
    public List<ArticleRecord> Articles { get; set; } = new();
}

public sealed class TopicRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class OrganizationRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string Kind { get; set; } = "";
    public string? Country { get; set; }
    public string? Parent { get; set; }
}

public sealed class RoleRecord
{
    public string Title { get; set; } = "";
    public string Organization { get; set; } = "";
    public string? From { get; set; }
    public string? To { get; set; }
}

public sealed class OfficialRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NativeName { get; set; }
    public string? Country { get; set; }
    public List<RoleRecord> Roles { get; set; } = new();
}

public sealed class EventRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Location { get; set; }
    /// <summary>An actor reference: o:official, g:organization, c:country code, u:description.</summary>
    public string? Organizer { get; set; }
    public List<string> Actors { get; set; } = new();
    public string? Article { get; set; }
    public string? Note { get; set; }
}

public sealed class PassageRecord
{
    public int Start { get; set; }
    public int Length { get; set; }
    public string? Kind { get; set; }
    public string? Reason { get; set; }
}

public sealed class StatementRecord
{
    public string Id { get; set; } = "";
    /// <summary>An actor reference: o:official, g:organization, c:country code, u:description.</summary>
    public string Speaker { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public int Line { get; set; }
    public string? Date { get; set; }
    public string? Event { get; set; }
    public string Act { get; set; } = "";
    public List<string> Targets { get; set; } = new();
    public string? Addressee { get; set; }
    public List<string> Topics { get; set; } = new();
    public string? ReportedBy { get; set; }
    public List<string> RespondsTo { get; set; } = new();
    public string? Note { get; set; }
}

public sealed class ArticleRecord
{
    public string Id { get; set; } = "";
    public string SourcePath { get; set; } = "";
    public string? Headline { get; set; }
    public string? Outlet { get; set; }
    public string? Byline { get; set; }
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string Text { get; set; } = "";
    public List<PassageRecord> Boilerplate { get; set; } = new();
    public List<StatementRecord> Statements { get; set; } = new();
}

/// <summary>The first query every variant answers: accusations by Chinese officials.</summary>
public static class FirstQuery
{
    /// <summary>How many statements are accusations made by officials of <c>CN</c>, and the first one's ID and text.</summary>
    public static (int Count, string FirstId, string FirstText) Run(CorpusDocument corpus)
    {
        var officials = corpus.Officials.ToDictionary(o => "o:" + o.Id, StringComparer.Ordinal);
        var hits = corpus.Articles
            .SelectMany(a => a.Statements, (article, statement) => (Article: article, Statement: statement))
            .Where(x => x.Statement.Act == "Accuse" && officials.TryGetValue(x.Statement.Speaker, out var speaker) && speaker.Country == "CN")
            .ToList();
        if (hits.Count == 0) return (0, "", "");
        var (article, first) = hits[0];
        return (hits.Count, first.Id, article.Text.Substring(first.Start, first.Length));
    }
}
