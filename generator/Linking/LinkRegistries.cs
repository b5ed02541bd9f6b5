using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// Stage 3 for the registries: the officials, organizations, topics and registry events the index
/// holds → their linked data, with their own references resolved (parents, roles' organizations,
/// events' organizers and actors). A role at an unknown organization is reported and left out:
/// the data names only organizations it holds.
/// </summary>
internal static class LinkRegistries
{
    public static RegistryLink Link(DeclarationIndex index)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var resolve = new ReferenceResolver(index, diagnostics);
        var organizations = index.Organizations.Select(o => new OrganizationData(
            o.Id.Value, o.Name, o.ShortName, Vocabulary.Spelling(o.Kind), o.Country?.Value,
            resolve.Organization(o.Parent, "an organization ID"))).ToEquatableArray();
        var officials = index.Officials.Select(o => new OfficialData(
            o.Id.Value, o.Name, o.NativeName, o.Country?.Value,
            o.Roles.Select(r => (Role: r, Organization: resolve.Organization(r.Organization, "an organization ID")))
                .Where(r => r.Organization is not null)
                .Select(r => new RoleData(r.Role.Title, r.Organization!, index.Organization(r.Organization!)!.Name,
                    r.Role.From?.Value.ToString(), r.Role.To?.Value.ToString(), Attestations(r.Role, index))).ToEquatableArray())).ToEquatableArray();
        var topics = index.Topics.Select(t => new TopicData(t.Id.Value, t.Name, t.Description)).ToEquatableArray();
        var events = index.Events.Where(e => !e.IsArticleEvent).Select(resolve.EventData).ToEquatableArray();

        var countries = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var o in organizations) if (o.Country is not null) countries.Add(o.Country);
        foreach (var o in officials) if (o.Country is not null) countries.Add(o.Country);
        foreach (var e in events)
        {
            ReferenceResolver.AddCountries(countries, e.Organizer);
            foreach (var actor in e.Actors) ReferenceResolver.AddCountries(countries, actor);
        }
        return new RegistryLink(new RegistryData(topics, organizations, officials, events), diagnostics.ToEquatableArray(), resolve.References, countries.ToEquatableArray());
    }

    /// <summary>
    /// A role's attestations: its dates, and the articles the index holds (an unknown article is
    /// reported by the corpus checks, which know every article, and left out).
    /// </summary>
    private static EquatableArray<AttestationKey> Attestations(RoleModel role, DeclarationIndex index)
    {
        var keys = new List<AttestationKey>(role.Attested.Count);
        foreach (var attestation in role.Attested)
        {
            var key = attestation.Date is { } date ? new AttestationKey(IsArticle: false, date.ToString())
                : index.HasArticle(attestation.Value.Value) ? new AttestationKey(IsArticle: true, attestation.Value.Value)
                : (AttestationKey?)null;
            if (key is { } k && !keys.Contains(k)) keys.Add(k);
        }
        return keys.ToEquatableArray();
    }
}
