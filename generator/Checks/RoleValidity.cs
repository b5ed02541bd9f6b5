using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Checks;

/// <summary>Whether a role was held on a date, as far as the annotation knows.</summary>
internal enum RoleStatus
{
    Valid,
    Invalid,
    /// <summary>The role has no from/to and no attestation: nothing is known.</summary>
    Unknown,
}

/// <summary>
/// Codebook, "Roles": a role is valid between its <c>from</c> and <c>to</c>; a role with neither is
/// valid on the dates its attestations give (an article's publication date, or a date) and on no
/// other; a role with nothing is of unknown validity (CORP055), not valid for all time.
/// </summary>
internal static class RoleValidity
{
    /// <param name="role">The role.</param>
    /// <param name="date">The statement's date.</param>
    /// <param name="articleDate">The publication date of an article, by ID (null when unknown).</param>
    public static RoleStatus On(RoleModel role, PartialDate date, Func<string, PartialDate?> articleDate)
    {
        if (role.From is not null || role.To is not null)
        {
            bool startsLater = role.From is { } from && date.IsBefore(from.Value);
            bool endedEarlier = role.To is { } to && date.IsAfter(to.Value);
            return startsLater || endedEarlier ? RoleStatus.Invalid : RoleStatus.Valid;
        }
        if (role.Attested.Count == 0) return RoleStatus.Unknown;
        foreach (var attestation in role.Attested)
        {
            if ((attestation.Date ?? articleDate(attestation.Value.Value)) is { } attested && !date.IsBefore(attested) && !date.IsAfter(attested))
            {
                return RoleStatus.Valid;
            }
        }
        return RoleStatus.Invalid;
    }
}
