using System.Collections.Generic;
using System.Linq;
using Corpus.Bundled;

namespace Corpus.Tests;

/// <summary>Every actor the corpus refers to, including the countries and unnamed actors that have no generated member.</summary>
internal static class CorpusActors
{
    public static IReadOnlyList<Actor> All { get; } = Collect();

    public static Country Country(string code) => All.OfType<Country>().Single(c => c.Code == code);

    private static IReadOnlyList<Actor> Collect()
    {
        var actors = new List<Actor>();
        actors.AddRange(Officials.All);
        actors.AddRange(Organizations.All);
        foreach (var statement in Statements.All)
        {
            actors.Add(statement.Speaker);
            actors.AddRange(statement.Targets);
            actors.AddRange(statement.About);
            actors.AddRange(statement.Addressees);
            actors.AddRange(statement.ReportedByChain);
        }
        foreach (var @event in Events.All)
        {
            actors.AddRange(@event.Actors);
            if (@event.Organizer is { } organizer) actors.Add(organizer);
        }
        foreach (var actor in actors.ToList())
        {
            if (actor.Country is { } country) actors.Add(country);
        }
        // Entities compare by identity: each exists once in the corpus.
        return actors.Distinct().ToList();
    }
}
