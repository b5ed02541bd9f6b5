using System;
using System.Globalization;

namespace Corpus.Cli.Html;

/// <summary>How the report words vocabulary values, dates and kinds of actor.</summary>
internal static class Wording
{
    /// <summary>The YAML spelling (<c>intend-to-cooperate</c>), which annotators know.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Vocabulary.Spelling(value);

    public static string Act(SpeechAct act) =>
        $"{Of(act)} (CAMEO {act.CameoCode()}{(act.Plover() is { } plover ? ", PLOVER " + plover.ToString().ToUpperInvariant() : ", no PLOVER type")})";

    public static string Date(PartialDate? date) => date?.ToString() ?? "undated";

    public static string Date(PartialDate? date, DateBasis? basis) =>
        date is { } known ? (basis is { } b ? $"{known} ({Of(b)})" : known.ToString()) : "undated";

    public static string KindOf(Actor actor) => actor switch
    {
        Official => "official",
        Organization => "organization",
        Country => "country",
        _ => "unnamed",
    };

    public static string Count(int count, string noun) => Number(count) + " " + Plural(count, noun);

    public static string Plural(int count, string noun) =>
        count == 1 ? noun : noun.EndsWith("ry", StringComparison.Ordinal) ? noun[..^1] + "ies" : noun + "s";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string TwoDigits(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The first and last day a date covers, as the statement table's date filter compares them.</summary>
    public static (string First, string Last) Days(PartialDate date) =>
        (date.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
