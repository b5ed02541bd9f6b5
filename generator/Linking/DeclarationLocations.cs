using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// The positions in a file's declarations, taken out and put back. The corpus-wide checks read every
/// file's declarations, and typing in one article moves every position below the cursor: run on
/// positioned declarations, they would re-run over the whole corpus on each keystroke. So they run on
/// <see cref="Unplace">unplaced</see> declarations, where each position is replaced by its ordinal in
/// one fixed walk of the file (<see cref="Relocate"/>), and their diagnostics are
/// <see cref="Place">placed</see> again from the positioned declarations, which is cheap.
/// </summary>
internal static class DeclarationLocations
{
    /// <summary>The declarations with each position replaced by <see cref="LocationInfo.Unplaced"/>: equal as long as the file declares the same things.</summary>
    public static FileDeclarations Unplace(FileDeclarations file)
    {
        int ordinal = 0;
        return Relocate(file, location => LocationInfo.Unplaced(file.Path, ordinal++));
    }

    /// <summary>
    /// The diagnostics with each unplaced location (primary and additional, and its display in the
    /// message) replaced by the position it stands for in <paramref name="declarations"/>; placed ones are kept.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Place(EquatableArray<DiagnosticInfo> diagnostics, IReadOnlyList<FileDeclarations> declarations)
    {
        if (!diagnostics.Any(d => d.Location.IsUnplaced || d.AdditionalLocations.Any(l => l.IsUnplaced))) return diagnostics;
        var byPath = new Dictionary<string, FileDeclarations>(StringComparer.Ordinal);
        foreach (var file in declarations) byPath[file.Path] = file;
        var positions = new Dictionary<string, List<LocationInfo>>(StringComparer.Ordinal);
        LocationInfo PlaceOne(LocationInfo location)
        {
            if (!location.IsUnplaced) return location;
            if (!positions.TryGetValue(location.FilePath, out var list))
            {
                list = new List<LocationInfo>();
                if (byPath.TryGetValue(location.FilePath, out var file)) Relocate(file, l => { list.Add(l); return l; });
                positions[location.FilePath] = list;
            }
            // Unplaced and positioned declarations come from one parse, so the ordinal is always there; the file's start otherwise.
            return location.Ordinal < list.Count ? list[location.Ordinal] : new LocationInfo(location.FilePath, default);
        }
        return diagnostics.Select(d =>
        {
            var additional = d.AdditionalLocations.Select(PlaceOne).ToArray();
            var arguments = d.Arguments.Select(argument =>
            {
                for (int i = 0; i < additional.Length; i++)
                {
                    if (d.AdditionalLocations[i].IsUnplaced) argument = argument.Replace(d.AdditionalLocations[i].Display, additional[i].Display);
                }
                return argument;
            }).ToArray();
            return d with
            {
                Location = PlaceOne(d.Location),
                AdditionalLocations = new EquatableArray<LocationInfo>(additional),
                Arguments = new EquatableArray<string>(arguments),
            };
        }).ToEquatableArray();
    }

    /// <summary>
    /// The declarations with <paramref name="map"/> applied to every position they hold, in one fixed
    /// order: registries (officials, organizations, topics), events, the article, the statements.
    /// <see cref="Unplace"/> and <see cref="Place"/> both walk through here, so ordinals always agree.
    /// </summary>
    internal static FileDeclarations Relocate(FileDeclarations file, Func<LocationInfo, LocationInfo> map)
    {
        Located<string> At(Located<string> value) => new(value.Value, map(value.Location));
        Located<string>? AtOptional(Located<string>? value) => value is { } v ? At(v) : null;
        DateValue? Date(DateValue? date) => date is null ? null : date with { Location = map(date.Location) };
        ActorRef? Actor(ActorRef? actor) => actor is null ? null : actor with { Location = map(actor.Location) };
        EquatableArray<Located<string>> All(EquatableArray<Located<string>> values)
        {
            // Most statements respond to nothing and link no other report: nothing to copy.
            if (values.Count == 0) return values;
            var placed = new Located<string>[values.Count];
            for (int i = 0; i < placed.Length; i++) placed[i] = At(values[i]);
            return new EquatableArray<Located<string>>(placed);
        }

        var officials = file.Officials.Select(o => o with
        {
            Id = At(o.Id),
            Country = AtOptional(o.Country),
            Roles = o.Roles.Select(r => r with
            {
                Organization = At(r.Organization),
                From = Date(r.From),
                To = Date(r.To),
                Attested = r.Attested.Select(a => a with { Value = At(a.Value) }).ToEquatableArray(),
            }).ToEquatableArray(),
        }).ToEquatableArray();
        var organizations = file.Organizations.Select(o => o with { Id = At(o.Id), Country = AtOptional(o.Country), Parent = AtOptional(o.Parent) }).ToEquatableArray();
        var topics = file.Topics.Select(t => t with { Id = At(t.Id) }).ToEquatableArray();
        var events = file.Events.Select(e => e with
        {
            Id = At(e.Id),
            Start = Date(e.Start),
            End = Date(e.End),
            Organizer = Actor(e.Organizer),
            Actors = e.Actors.Select(a => Actor(a)!).ToEquatableArray(),
            PartOf = AtOptional(e.PartOf),
        }).ToEquatableArray();
        var article = file.Article is { } a ? a with { Id = At(a.Id), Source = At(a.Source) } : null;
        var statements = file.Statements.Select(s => s with
        {
            Id = At(s.Id),
            RespondsTo = All(s.RespondsTo),
            Speaker = Actor(s.Speaker),
            SameUtteranceAs = All(s.SameUtteranceAs),
        }).ToEquatableArray();
        return file with { Officials = officials, Organizations = organizations, Topics = topics, Events = events, Article = article, Statements = statements };
    }
}
