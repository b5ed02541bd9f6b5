using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Corpus.Bundled;

namespace Corpus.Cli;

/// <summary>
/// Finds the corpus entities that command-line arguments name: official and organization IDs,
/// country codes, speech acts (as spelled in the YAML), topic IDs and article IDs.
/// </summary>
/// <remarks>A failed lookup returns an error that says what was expected and what exists, so the user can fix the command.</remarks>
public sealed class CorpusLookup
{
    private readonly CorpusGraph _graph;

    /// <summary>Looks names up in <paramref name="graph"/>.</summary>
    public CorpusLookup(CorpusGraph graph) => _graph = graph ?? throw new ArgumentNullException(nameof(graph));

    /// <summary>Finds an official or organization by ID, or a country the corpus refers to by its code (case-insensitive).</summary>
    /// <param name="name">The ID or code.</param>
    /// <param name="role">What the actor is in the query (<c>speaker</c>, <c>target</c>), for the error message.</param>
    /// <param name="actor">The actor found.</param>
    /// <param name="error">Why nothing was found, when nothing was.</param>
    public bool TryFindActor(string name, string role, [NotNullWhen(true)] out Actor? actor, [NotNullWhen(false)] out string? error)
    {
        actor = null;
        var matches = new List<Actor>();
        matches.AddRange(_graph.Officials.Where(o => string.Equals(o.Id, name, StringComparison.Ordinal)));
        matches.AddRange(_graph.Organizations.Where(o => string.Equals(o.Id, name, StringComparison.Ordinal)));
        matches.AddRange(_graph.Countries.Where(c => string.Equals(c.Code, name, StringComparison.OrdinalIgnoreCase)));
        if (matches.Count == 1)
        {
            actor = matches[0];
            error = null;
            return true;
        }
        if (matches.Count > 1)
        {
            // IDs are unique per entity kind only, so an official and an organization may share one.
            error = $"The {role} '{name}' is ambiguous: it names {string.Join(" and ", matches.Select(Describe))}.";
            return false;
        }

        var officialIds = _graph.Officials.Select(o => o.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var organizationIds = _graph.Organizations.Select(o => o.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var countryCodes = _graph.Countries.Select(c => c.Code).ToList();
        error = $"Unknown {role} '{name}': expected an official or organization ID, or the code of a country the corpus refers to."
            + DidYouMean(name, officialIds.Concat(organizationIds).Concat(countryCodes))
            + Environment.NewLine + "  Officials: " + string.Join(", ", officialIds)
            + Environment.NewLine + "  Organizations: " + string.Join(", ", organizationIds)
            + Environment.NewLine + "  Countries: " + string.Join(", ", countryCodes);
        return false;
    }

    /// <summary>Finds a speech act by its YAML spelling (<c>deny</c>, <c>intend-to-cooperate</c>), ignoring case.</summary>
    public static bool TryFindSpeechAct(string name, out SpeechAct act, [NotNullWhen(false)] out string? error)
    {
        foreach (var spelling in Vocabulary.Spellings<SpeechAct>())
        {
            if (string.Equals(spelling, name, StringComparison.OrdinalIgnoreCase) && Vocabulary.TryParse(spelling, out act))
            {
                error = null;
                return true;
            }
        }
        act = default;
        error = $"Unknown speech act '{name}'."
            + DidYouMean(name, Vocabulary.Spellings<SpeechAct>())
            + " Valid speech acts: " + string.Join(", ", Vocabulary.Spellings<SpeechAct>()) + ".";
        return false;
    }

    /// <summary>Finds a topic by ID.</summary>
    public bool TryFindTopic(string name, [NotNullWhen(true)] out Topic? topic, [NotNullWhen(false)] out string? error)
    {
        topic = _graph.Topics.FirstOrDefault(t => string.Equals(t.Id, name, StringComparison.Ordinal));
        var ids = _graph.Topics.Select(t => t.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        error = topic is null
            ? $"Unknown topic '{name}'." + DidYouMean(name, ids) + " Topics: " + string.Join(", ", ids) + "."
            : null;
        return topic is not null;
    }

    /// <summary>Finds an article by ID or by its seed file name.</summary>
    public bool TryFindArticle(string name, [NotNullWhen(true)] out Article? article, [NotNullWhen(false)] out string? error)
    {
        article = _graph.Articles.FirstOrDefault(a =>
            string.Equals(a.Id, name, StringComparison.Ordinal) || string.Equals(a.SourcePath, name, StringComparison.Ordinal));
        var ids = _graph.Articles.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        error = article is null
            ? $"Unknown article '{name}': expected an article ID or seed file name." + DidYouMean(name, ids.Concat(_graph.Articles.Select(a => a.SourcePath)))
                + " Articles: " + string.Join(", ", _graph.Articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal).Select(a => $"{a.Id} ({a.SourcePath})")) + "."
            : null;
        return article is not null;
    }

    /// <summary>How the summary and the messages name an actor: its name and what it is (<c>Hua Chunying (official hua-chunying)</c>).</summary>
    public static string Describe(Actor actor) => actor switch
    {
        Official official => $"{official.Name} (official {official.Id})",
        Organization organization => $"{organization.Name} (organization {organization.Id})",
        Country country => $"{country.Name} (country {country.Code})",
        _ => $"{actor.Name} (unnamed)",
    };

    private static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            int distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Close enough to be a typo: a third of the word, at least one edit.
        return best is not null && bestDistance <= Math.Max(1, name.Length / 3) ? $" Did you mean '{best}'?" : "";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
