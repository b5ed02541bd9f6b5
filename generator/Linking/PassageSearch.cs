using System;
using System.Collections.Generic;

namespace Corpus.Generator.Linking;

/// <summary>What a search for one annotated passage found: enough to choose it or say why not, never every match.</summary>
/// <param name="Count">All occurrences; with an occurrence asked for, those up to it (all, when there are fewer).</param>
/// <param name="First">The first occurrences in text order, at most <see cref="PassageSearch.Listed"/>.</param>
/// <param name="Nth">The occurrence asked for, when there is one.</param>
/// <param name="OutsideCount">Occurrences not wholly inside boilerplate.</param>
/// <param name="FirstOutside">The first of those.</param>
/// <param name="OverBudget">The article has used its search budget: nothing was searched.</param>
internal sealed record PassageMatches(
    int Count, IReadOnlyList<(int Start, int Length)> First, (int Start, int Length)? Nth,
    int OutsideCount, (int Start, int Length)? FirstOutside, bool OverBudget);

/// <summary>
/// Looks for an article's passages, each search linear in the seed and stopping at the occurrence
/// asked for; repeated passages are searched once. An article may search at most
/// <see cref="MaxWork"/> (characters passed over plus matches), which bounds its linking time
/// whatever its quotes: about a second on a 2-core machine.
/// </summary>
internal sealed class PassageSearch
{
    /// <summary>Occurrences listed in a message or as additional locations.</summary>
    public const int Listed = 5;

    public const long MaxWork = 1_000_000_000;

    private readonly TextLocator _locator;
    private readonly long _maxWork;
    private readonly Dictionary<(string Needle, int? Occurrence, bool Excluding), PassageMatches> _done = new();

    public PassageSearch(TextLocator locator, long maxWork = MaxWork)
    {
        _locator = locator;
        _maxWork = maxWork;
    }

    /// <param name="inBoilerplate">Whether a match lies wholly inside boilerplate; null when boilerplate does not matter.</param>
    public PassageMatches Find(string needle, int? occurrence, Func<(int Start, int Length), bool>? inBoilerplate)
    {
        var key = (needle, occurrence, inBoilerplate is not null);
        if (_done.TryGetValue(key, out var known)) return known;
        if (_locator.Work > _maxWork) return new PassageMatches(0, Array.Empty<(int, int)>(), null, 0, null, OverBudget: true);
        int count = 0, outside = 0;
        var first = new List<(int Start, int Length)>(Listed);
        (int Start, int Length)? nth = null, firstOutside = null;
        foreach (var match in _locator.Matches(needle))
        {
            count++;
            if (first.Count < Listed) first.Add(match);
            if (inBoilerplate is null || !inBoilerplate(match))
            {
                outside++;
                firstOutside ??= match;
            }
            if (count == occurrence)
            {
                nth = match;
                break;
            }
        }
        var result = new PassageMatches(count, first, nth, outside, firstOutside, OverBudget: false);
        _done[key] = result;
        return result;
    }
}
