using Corpus.Cli.Html;

namespace Corpus.Html.Tests;

/// <summary>A corpus whose every string tries to break out of the markup, and whose statements nest and cross.</summary>
internal static class Hostile
{
    public const string Script = "<script>window.pwned = 1; alert(1)</script>";
    public const string Image = "<img src=x onerror=\"window.pwned = 2\">";
    public const string AttributeBreak = "\" onmouseover=\"window.pwned = 3\" x=\"";

    /// <summary>The article: a quote holding markup, a nested pair of statements, a crossing pair, a not-speech passage, boilerplate.</summary>
    public const string Text =
        "Headline & \"quotes\" <b>bold</b>\n"
        + "\n"
        + "The official said \"" + Script + " is not a threat\" on Monday.\r\n"
        + "He added that the outer claim holds an inner claim within it.\n"
        + "Then came one overlapping statement crossing another one.\n"
        + "The theme was \"Safe & Sound\".\n"
        + "ALSO READ: " + Image + "\n";

    public static ReportCorpus Corpus() => new TestCorpus()
        .Topic("t-1", "Topic " + Image, "About " + AttributeBreak)
        .Organization("org-1", "Ministry " + Script, country: "CN")
        .Official("off-1", "Official " + Image, "CN", ("Spokesperson " + AttributeBreak, "org-1", "2020", null))
        .Official("off-2", "Second & <i>speaker</i>", "US", ("Envoy", "org-1", null, null))
        .Event("ev-1", "Briefing " + Script, "2021-05-13")
        .Article("art-1", Text, headline: "Headline " + Script, published: "2021-05-13")
        .Statement("s-markup", "o:off-1", Script + " is not a threat", act: "deny", date: "2021-05-13", targets: "c:US o:off-2", topics: "t-1", eventId: "ev-1", note: "note " + Image)
        .Statement("s-outer", "o:off-2", "the outer claim holds an inner claim within it", date: "2021-05-13", respondsTo: "s:s-markup e:ev-1")
        .Statement("s-inner", "o:off-1", "an inner claim", act: "reject", topics: "t-1")
        .Statement("s-first", "o:off-1", "one overlapping statement", date: "2021-05-14")
        .Statement("s-crossing", "o:off-2", "overlapping statement crossing another", act: "accuse", targets: "o:off-1")
        .NotSpeech("Safe & Sound", "conference theme " + AttributeBreak)
        .Boilerplate("ALSO READ: " + Image, "also-read")
        .LoadReport();
}
