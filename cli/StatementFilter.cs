using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli;

/// <summary>
/// The filters of <c>corpus query</c>. A statement matches when it passes every filter given;
/// a filter given several values passes a statement that matches any of them.
/// </summary>
public sealed class StatementFilter
{
    /// <summary>Creates a filter; an empty or absent list does not filter.</summary>
    public StatementFilter(
        IEnumerable<Actor>? speakers = null,
        IEnumerable<SpeechAct>? acts = null,
        IEnumerable<Actor>? targets = null,
        IEnumerable<Topic>? topics = null,
        IEnumerable<Article>? articles = null)
    {
        Speakers = (speakers ?? []).Distinct().ToList();
        Acts = (acts ?? []).Distinct().ToList();
        Targets = (targets ?? []).Distinct().ToList();
        Topics = (topics ?? []).Distinct().ToList();
        Articles = (articles ?? []).Distinct().ToList();
    }

    /// <summary>The statement's <see cref="Statement.Speaker"/> is one of these.</summary>
    public IReadOnlyList<Actor> Speakers { get; }

    /// <summary>The statement's <see cref="Statement.Act"/> is one of these.</summary>
    public IReadOnlyList<SpeechAct> Acts { get; }

    /// <summary>The statement's <see cref="Statement.Targets"/> include one of these.</summary>
    public IReadOnlyList<Actor> Targets { get; }

    /// <summary>The statement's <see cref="Statement.Topics"/> include one of these.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The statement's <see cref="Statement.Article"/> is one of these.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Whether the filter has no conditions.</summary>
    public bool IsEmpty => Speakers.Count + Acts.Count + Targets.Count + Topics.Count + Articles.Count == 0;

    /// <summary>Whether <paramref name="statement"/> passes every filter.</summary>
    public bool Matches(Statement statement) =>
        (Speakers.Count == 0 || Speakers.Contains(statement.Speaker))
        && (Acts.Count == 0 || Acts.Contains(statement.Act))
        && (Targets.Count == 0 || statement.Targets.Any(Targets.Contains))
        && (Topics.Count == 0 || statement.Topics.Any(Topics.Contains))
        && (Articles.Count == 0 || Articles.Contains(statement.Article));

    /// <summary>The conditions in words (<c>speaker is Hua Chunying (official hua-chunying) and act is deny</c>), or <c>all statements</c>.</summary>
    public string Describe()
    {
        var conditions = new List<string>();
        Add("speaker is", Speakers.Select(CorpusLookup.Describe));
        Add("act is", Acts.Select(act => Vocabulary.Spelling(act)));
        Add("targets include", Targets.Select(CorpusLookup.Describe));
        Add("topics include", Topics.Select(topic => topic.Id));
        Add("article is", Articles.Select(article => $"{article.Id} ({article.SourcePath})"));
        return conditions.Count == 0 ? "all statements" : string.Join(" and ", conditions);

        void Add(string condition, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0) conditions.Add(condition + " " + string.Join(" or ", list));
        }
    }
}
