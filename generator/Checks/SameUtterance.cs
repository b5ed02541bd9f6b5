using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Checks;

/// <summary>A statement as the same-utterance check sees it.</summary>
/// <param name="Speaker">The speaker's key (<c>o:id</c>, <c>g:id</c>, <c>c:CODE</c>, <c>u:description</c>).</param>
/// <param name="SpeaksFor">The keys of the actors the speaker speaks for: itself, its organizations and their parents, its country.</param>
internal sealed record UtteranceStatement(Located<string> Id, string Speaker, IReadOnlyCollection<string> SpeaksFor, PartialDate? Date, EquatableArray<Located<string>> Links);

/// <summary>
/// Codebook, "The same utterance reported twice": a <c>same-utterance-as</c> link names another
/// statement (of any article), never itself, makes no cycle, joins compatible speakers (the same
/// actor, or an official and the organization or country the official speaks for) and dates that
/// can be the same day (CORP053).
/// </summary>
internal static class SameUtterance
{
    /// <param name="statements">The statements that link or are linked to (the others cannot be wrong here).</param>
    /// <param name="allIds">Every statement ID of the corpus, for did-you-mean; the IDs of <paramref name="statements"/> when null.</param>
    public static IReadOnlyList<DiagnosticInfo> Check(IReadOnlyList<UtteranceStatement> statements, IEnumerable<string>? allIds = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var byId = new Dictionary<string, UtteranceStatement>(System.StringComparer.Ordinal);
        foreach (var s in statements)
        {
            if (!byId.ContainsKey(s.Id.Value)) byId.Add(s.Id.Value, s);
        }
        foreach (var s in statements)
        {
            foreach (var link in s.Links)
            {
                if (link.Value == s.Id.Value)
                {
                    diagnostics.Add(Report(link, "names the statement itself; name the other statement that reports the same words"));
                    continue;
                }
                if (!byId.TryGetValue(link.Value, out var other))
                {
                    diagnostics.Add(Report(link, "names no statement" + Suggestions.DidYouMean(link.Value, allIds ?? byId.Keys)));
                    continue;
                }
                if (!other.SpeaksFor.Contains(s.Speaker) && !s.SpeaksFor.Contains(other.Speaker))
                {
                    diagnostics.Add(Report(link, $"joins the speakers '{Show(s.Speaker)}' and '{Show(other.Speaker)}', who cannot have made one utterance; link statements of the same speaker, or of an official and the body or country the official speaks for"));
                    continue;
                }
                if (s.Date is { } date && other.Date is { } otherDate && (date.IsBefore(otherDate) || date.IsAfter(otherDate)))
                {
                    diagnostics.Add(Report(link, $"joins statements dated {date} and {otherDate}, which cannot be one utterance; correct a date or the link"));
                }
            }
        }
        ReportCycles(statements, byId, diagnostics);
        return diagnostics;
    }

    private static void ReportCycles(IReadOnlyList<UtteranceStatement> statements, Dictionary<string, UtteranceStatement> byId, List<DiagnosticInfo> diagnostics)
    {
        // 0: not seen, 1: on the current path, 2: done. A link to a statement on the path closes a cycle.
        var state = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var start in statements)
        {
            if (state.ContainsKey(start.Id.Value)) continue;
            var stack = new Stack<(UtteranceStatement Statement, int Next)>();
            stack.Push((start, 0));
            state[start.Id.Value] = 1;
            while (stack.Count > 0)
            {
                var (current, next) = stack.Pop();
                if (next >= current.Links.Count)
                {
                    state[current.Id.Value] = 2;
                    continue;
                }
                stack.Push((current, next + 1));
                var link = current.Links[next];
                if (link.Value == current.Id.Value || !byId.TryGetValue(link.Value, out var target)) continue;
                state.TryGetValue(target.Id.Value, out int seen);
                if (seen == 1)
                {
                    diagnostics.Add(Report(link, "closes a cycle of links; link each report to one statement (the first report, or the fullest) and drop the link back"));
                }
                else if (seen == 0)
                {
                    state[target.Id.Value] = 1;
                    stack.Push((target, 0));
                }
            }
        }
    }

    /// <summary>The keys an actor speaks for, from the registries.</summary>
    public static IReadOnlyCollection<string> SpeaksFor(ActorRef speaker, IReadOnlyDictionary<string, OfficialModel> officials, IReadOnlyDictionary<string, OrganizationModel> organizations)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal) { KeyOf(speaker, officials) };
        void AddOrganization(string? id)
        {
            // Parents are followed once each, so a parent cycle (reported elsewhere) cannot loop.
            while (id is not null && organizations.TryGetValue(id, out var organization) && keys.Add("g:" + id))
            {
                if (organization.Country is { } country) keys.Add("c:" + country.Value);
                id = organization.Parent?.Value;
            }
        }
        if (speaker.Country is not null) keys.Add("c:" + speaker.Country);
        if (speaker.Kind == ActorRefKind.Id)
        {
            if (officials.TryGetValue(speaker.Value, out var official))
            {
                if (official.Country is { } country) keys.Add("c:" + country.Value);
                foreach (var role in official.Roles) AddOrganization(role.Organization.Value);
            }
            else
            {
                keys.Remove("g:" + speaker.Value);
                AddOrganization(speaker.Value);
            }
        }
        return keys;
    }

    public static string KeyOf(ActorRef actor, IReadOnlyDictionary<string, OfficialModel> officials) => actor.Kind switch
    {
        ActorRefKind.Country => "c:" + actor.Value,
        ActorRefKind.Unnamed => "u:" + actor.Value + "|" + actor.Country,
        _ => (officials.ContainsKey(actor.Value) ? "o:" : "g:") + actor.Value,
    };

    private static string Show(string key) => key.Substring(2).TrimEnd('|');

    private static DiagnosticInfo Report(Located<string> link, string why) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.SameUtteranceInvalid, link.Location, link.Value, why);
}
