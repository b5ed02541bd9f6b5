using System.Globalization;

namespace Corpus.Cli;

/// <summary>Numbers in words of output: <c>1 statement</c>, <c>2 statements</c>, in the invariant culture.</summary>
public static class Words
{
    /// <summary><paramref name="count"/> and the noun, plural unless the count is one.</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
