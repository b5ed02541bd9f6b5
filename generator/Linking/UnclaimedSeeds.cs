using System.Globalization;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// A seed no article claims still ships in the assembly when seeds are embedded: the build embeds
/// what CorpusSeeds matches before the generator runs. A large one is worth a warning with its size.
/// </summary>
internal static class UnclaimedSeeds
{
    public const int LargeLength = 1_000_000;

    /// <summary>The warning for an unclaimed seed, or null when it is not embedded or not large.</summary>
    public static DiagnosticInfo? Warning(SeedFile seed) =>
        seed.Resource is not null && (seed.IsTooLarge || seed.Text.Length >= LargeLength)
            ? DiagnosticInfo.Create(DiagnosticDescriptors.UnclaimedSeedEmbedded, new LocationInfo(seed.Path, default), seed.Name,
                seed.IsTooLarge ? "more than " + SeedLimits.MaxSeedLength.ToString("N0", CultureInfo.InvariantCulture) : seed.Text.Length.ToString("N0", CultureInfo.InvariantCulture))
            : null;
}
