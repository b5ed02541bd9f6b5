using System.Collections.Generic;

namespace Corpus;

/// <summary>Someone who speaks or is spoken about: an <see cref="Official"/>, an <see cref="Organization"/>, a <see cref="Country"/> or an <see cref="UnnamedActor"/>.</summary>
/// <remarks>Entities compare by identity: each exists once in its corpus.</remarks>
public abstract class Actor
{
    internal readonly List<Statement> SpokenStatements = new();
    internal readonly List<Statement> TargetingStatements = new();
    private IReadOnlyList<Statement>? _statements;
    private IReadOnlyList<Statement>? _targetedBy;

    private protected Actor() { }

    /// <summary>The display name.</summary>
    public abstract string Name { get; }

    /// <summary>The actor's country, where known; a <see cref="Corpus.Country"/>'s is itself.</summary>
    public Country? Country => CountryOf;

    // Not overridable under its own name: a class cannot declare a member named like itself (Country.Country).
    private protected abstract Country? CountryOf { get; }

    internal CorpusIndex? Index;

    /// <summary>The statements this actor made, in corpus order.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            Index?.EnsureNavigation();
            return _statements ??= SpokenStatements.AsReadOnly();
        }
    }

    /// <summary>The statements that name this actor among their <see cref="Statement.Targets"/>.</summary>
    public IReadOnlyList<Statement> TargetedBy
    {
        get
        {
            Index?.EnsureNavigation();
            return _targetedBy ??= TargetingStatements.AsReadOnly();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A person who holds or held official roles.</summary>
public sealed class Official : Actor
{
    internal readonly List<Role> RoleList = new();

    internal Official(string id, string name, string? nativeName, Country? country)
    {
        Id = id;
        Name = name;
        NativeName = nativeName;
        CountryOf = country;
        Roles = RoleList.AsReadOnly();
    }

    /// <summary>The annotation ID (<c>hua-chunying</c>).</summary>
    public string Id { get; }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <summary>The name in the official's own script (<c>华春莹</c>), where annotated.</summary>
    public string? NativeName { get; }

    private protected override Country? CountryOf { get; }

    /// <summary>The official's roles, as annotated.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>
    /// The organizations the official holds or held roles at, in role order. An international
    /// civil servant (the UN Secretary-General) has no <see cref="Actor.Country"/> and is affiliated
    /// through these alone.
    /// </summary>
    public IReadOnlyList<Organization> Affiliations
    {
        get
        {
            var organizations = new List<Organization>(Roles.Count);
            foreach (var role in Roles)
            {
                if (!organizations.Contains(role.Organization)) organizations.Add(role.Organization);
            }
            return organizations;
        }
    }

    /// <summary>The first role valid on <paramref name="date"/>, or <see langword="null"/>.</summary>
    public Role? RoleAt(PartialDate date)
    {
        foreach (var role in Roles)
        {
            if (role.IsValidOn(date)) return role;
        }
        return null;
    }
}

/// <summary>What attests a role: an article that prints the title, dated by its publication, or a date.</summary>
public sealed class RoleAttestation
{
    internal RoleAttestation(Article? article, PartialDate? date)
    {
        Article = article;
        Date = date;
    }

    /// <summary>The article that prints the title, where the attestation is an article.</summary>
    public Article? Article { get; }

    /// <summary>The date the role is attested on: the article's publication date, or the annotated date; <see langword="null"/> for an undated article.</summary>
    public PartialDate? Date { get; }
}

/// <summary>
/// A title an official holds at an organization, from and to partial dates where known, or
/// attested by the articles that print it.
/// </summary>
public sealed class Role
{
    internal Role(Official official, string title, Organization organization, PartialDate? from, PartialDate? to, IReadOnlyList<RoleAttestation>? attestations = null)
    {
        Official = official;
        Title = title;
        Organization = organization;
        From = from;
        To = to;
        Attestations = attestations ?? System.Array.Empty<RoleAttestation>();
    }

    /// <summary>The articles or dates that attest the role (a title printed in 2022 and another in 2025 are two roles).</summary>
    public IReadOnlyList<RoleAttestation> Attestations { get; }

    /// <summary>The title (<c>Spokesperson</c>).</summary>
    public string Title { get; }

    /// <summary>The organization the title is held at.</summary>
    public Organization Organization { get; }

    /// <summary>When the role began, where known.</summary>
    public PartialDate? From { get; }

    /// <summary>When the role ended, where known; <see langword="null"/> for a role still held or of unknown end.</summary>
    public PartialDate? To { get; }

    /// <summary>The official holding the role.</summary>
    public Official Official { get; }

    /// <summary>
    /// Whether the role may have been held on <paramref name="date"/>: the date does not lie
    /// wholly before <see cref="From"/> nor wholly after <see cref="To"/>. A role with neither,
    /// attested by articles or dates, is held on the dates of its <see cref="Attestations"/> only;
    /// a role with nothing at all is taken as valid (the build warns about it, CORP055).
    /// </summary>
    public bool IsValidOn(PartialDate date)
    {
        if (From is not null || To is not null || Attestations.Count == 0)
        {
            return !(From is { } from && date.IsBefore(from)) && !(To is { } to && date.IsAfter(to));
        }
        foreach (var attestation in Attestations)
        {
            if (attestation.Date is { } attested && !date.IsBefore(attested) && !date.IsAfter(attested)) return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Title}, {Organization.Name}";
}

/// <summary>A government body, company, news outlet or international organization.</summary>
public sealed class Organization : Actor
{
    internal readonly List<Organization> ChildList = new();
    internal readonly List<Role> RoleList = new();

    internal Organization(string id, string name, string? shortName, OrganizationKind kind, Country? country)
    {
        Id = id;
        Name = name;
        ShortName = shortName;
        Kind = kind;
        CountryOf = country;
        Children = ChildList.AsReadOnly();
        Roles = RoleList.AsReadOnly();
    }

    /// <summary>The annotation ID (<c>cn-mfa</c>).</summary>
    public string Id { get; }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <summary>The short name (<c>MFA</c>), where annotated.</summary>
    public string? ShortName { get; }

    /// <summary>What kind of body it is.</summary>
    public OrganizationKind Kind { get; }

    private protected override Country? CountryOf { get; }

    /// <summary>The organization this one belongs to, where annotated.</summary>
    public Organization? Parent { get; internal set; }

    /// <summary>The organizations that name this one as their parent.</summary>
    public IReadOnlyList<Organization> Children { get; }

    /// <summary>The roles officials hold or held here.</summary>
    public IReadOnlyList<Role> Roles { get; }
}

/// <summary>A country, by its ISO 3166-1 alpha-2 code.</summary>
public sealed class Country : Actor
{
    private string? _name;

    internal Country(string code) => Code = code;

    /// <summary>The ISO 3166-1 alpha-2 code (<c>CN</c>).</summary>
    public string Code { get; }

    /// <summary>The ISO English short name (<c>China</c>); the code itself for a code the ISO list lacks.</summary>
    // Looked up on first use: loading a corpus need not build the ISO table.
    public override string Name => _name ??= IsoCountries.TryGetName(Code, out var name) ? name : Code;

    private protected override Country? CountryOf => this;
}

/// <summary>A speaker the article describes but does not name ("anonymous US intelligence officials").</summary>
public sealed class UnnamedActor : Actor
{
    internal UnnamedActor(string description, Country? country)
    {
        Description = description;
        CountryOf = country;
    }

    /// <summary>The article's description of the actor.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public override string Name => Description;

    private protected override Country? CountryOf { get; }
}
