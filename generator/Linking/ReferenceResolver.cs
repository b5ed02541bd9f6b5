using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Linking;

/// <summary>
/// Resolves one link's references against the index: each resolved one becomes a typed key and is
/// noted as referenced; each unresolved one is reported (with a suggestion) and left out.
/// Lives for one link only: its state is that link's own.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly DeclarationIndex _index;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<EntityRef> _referenced = new();

    public ReferenceResolver(DeclarationIndex index, List<DiagnosticInfo> diagnostics)
    {
        _index = index;
        _diagnostics = diagnostics;
    }

    public DeclarationIndex Index => _index;

    /// <summary>The entities resolved so far, ordered so equal links give equal lists.</summary>
    public EquatableArray<EntityRef> References => _referenced
        .OrderBy(r => r.Kind).ThenBy(r => r.Id, StringComparer.Ordinal).ToEquatableArray();

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public string? Organization(Located<string>? id, string what)
    {
        if (id is not { } value) return null;
        if (_index.Organization(value.Value) is not null)
        {
            _referenced.Add(new EntityRef(EntityKind.Organization, value.Value));
            return value.Value;
        }
        Report(DiagnosticDescriptors.UnresolvedReference, value.Location, value.Value, what, Suggestions.DidYouMean(value.Value, _index.OrganizationIds));
        return null;
    }

    /// <summary>The actor's key, or null (reported) when it names nothing.</summary>
    public ActorKey? Actor(ActorRef actor)
    {
        switch (actor.Kind)
        {
            case ActorRefKind.Country:
                return new ActorKey(ActorKind.Country, actor.Value);
            case ActorRefKind.Unnamed:
                return new ActorKey(ActorKind.Unnamed, actor.Value, actor.Country);
            default:
                if (_index.Official(actor.Value) is not null)
                {
                    _referenced.Add(new EntityRef(EntityKind.Official, actor.Value));
                    return new ActorKey(ActorKind.Official, actor.Value);
                }
                if (_index.Organization(actor.Value) is not null)
                {
                    _referenced.Add(new EntityRef(EntityKind.Organization, actor.Value));
                    return new ActorKey(ActorKind.Organization, actor.Value);
                }
                Report(DiagnosticDescriptors.UnresolvedReference, actor.Location, actor.Value, "an official or organization ID",
                    Suggestions.DidYouMean(actor.Value, _index.OfficialIds.Concat(_index.OrganizationIds)));
                return null;
        }
    }

    /// <summary>The actors that resolve, repeats dropped (first kept).</summary>
    public EquatableArray<ActorKey> Actors(EquatableArray<ActorRef> actors)
    {
        if (actors.Count == 0) return EquatableArray<ActorKey>.Empty;
        var keys = new List<ActorKey>(actors.Count);
        foreach (var actor in actors)
        {
            if (Actor(actor) is { } key && !keys.Contains(key)) keys.Add(key);
        }
        return new EquatableArray<ActorKey>(keys.ToArray());
    }

    public string? Event(Located<string>? id)
    {
        if (id is not { } value) return null;
        if (_index.Event(value.Value) is not null)
        {
            _referenced.Add(new EntityRef(EntityKind.Event, value.Value));
            return value.Value;
        }
        Report(DiagnosticDescriptors.UnresolvedReference, value.Location, value.Value, "an event ID", Suggestions.DidYouMean(value.Value, _index.EventIds));
        return null;
    }

    /// <summary>The events that resolve, repeats dropped (first kept).</summary>
    public EquatableArray<string> Events(EquatableArray<Located<string>> ids)
    {
        if (ids.Count == 0) return EquatableArray<string>.Empty;
        var resolved = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            if (Event(id) is { } value && !resolved.Contains(value)) resolved.Add(value);
        }
        return resolved.ToEquatableArray();
    }

    public string? Topic(Located<string> id)
    {
        if (_index.HasTopic(id.Value))
        {
            _referenced.Add(new EntityRef(EntityKind.Topic, id.Value));
            return id.Value;
        }
        Report(DiagnosticDescriptors.UnresolvedReference, id.Location, id.Value, "a topic ID", Suggestions.DidYouMean(id.Value, _index.TopicIds));
        return null;
    }

    /// <summary>What a statement responds to, with that thing's date for the time check.</summary>
    public (ResponseKey Key, PartialDate? Date)? RespondsTo(Located<string> id)
    {
        if (_index.Statement(id.Value) is { } statement) return (new ResponseKey(IsStatement: true, id.Value), statement.Date);
        if (_index.Event(id.Value) is { } e)
        {
            _referenced.Add(new EntityRef(EntityKind.Event, id.Value));
            return (new ResponseKey(IsStatement: false, id.Value), e.Start?.Value);
        }
        Report(DiagnosticDescriptors.UnresolvedReference, id.Location, id.Value, "a statement or event ID",
            Suggestions.DidYouMean(id.Value, _index.StatementIds.Concat(_index.EventIds)));
        return null;
    }

    /// <summary>The display name of an actor, for doc comments.</summary>
    public string NameOf(ActorRef actor) => actor.Kind switch
    {
        ActorRefKind.Country => IsoCountries.TryGetName(actor.Value, out var name) ? name : actor.Value,
        ActorRefKind.Unnamed => actor.Value,
        _ => _index.Official(actor.Value)?.Name ?? _index.Organization(actor.Value)?.Name ?? actor.Value,
    };

    /// <summary>The linked form of an event, from the article's file or a registry.</summary>
    public EventData EventData(EventModel e) => new(
        e.Id.Value, e.Name, Vocabulary.Spelling(e.Kind), e.Start?.Value.ToString(), e.End?.Value.ToString(),
        BasisOf(e.Start ?? e.End), e.Start?.Evidence ?? e.End?.Evidence, e.Location,
        e.Organizer is null ? null : Actor(e.Organizer), Actors(e.Actors), e.Note, Event(e.PartOf));

    public static string? BasisOf(DateValue? date) => date is null ? null : Vocabulary.Spelling(date.Basis);

    /// <summary>The country codes actors name, directly or as an unnamed actor's country.</summary>
    public static void AddCountries(ISet<string> codes, ActorKey? actor)
    {
        if (actor is not { } key) return;
        if (key.Kind == ActorKind.Country) codes.Add(key.Value);
        else if (key.Kind == ActorKind.Unnamed && key.Country is not null) codes.Add(key.Country);
    }
}
