namespace Corpus.Generator.Parsing;

/// <summary>The rules for annotation IDs and country codes (their C# names: <see cref="Naming.CSharpNames"/>).</summary>
internal static class Identifiers
{
    /// <summary>kebab-case: a lowercase ASCII letter, then lowercase letters and digits in groups joined by single hyphens.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id.Length > 128 || id[0] < 'a' || id[0] > 'z') return false;
        char previous = id[0];
        for (int i = 1; i < id.Length; i++)
        {
            char c = id[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
            if (!ok) return false;
            previous = c;
        }
        return previous != '-';
    }

    /// <summary>An uppercase two-letter code, the form of a country reference.</summary>
    public static bool LooksLikeCountryCode(string value) =>
        value.Length == 2 && value[0] >= 'A' && value[0] <= 'Z' && value[1] >= 'A' && value[1] <= 'Z';
}
