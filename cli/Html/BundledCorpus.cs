using Corpus.Bundled;

namespace Corpus.Cli.Html;

/// <summary>The corpus compiled into the <c>Corpus</c> library.</summary>
/// <remarks>The one place the report names the bundled corpus's generated classes.</remarks>
public static class BundledCorpus
{
    /// <summary>The bundled corpus as a report corpus.</summary>
    public static ReportCorpus Load() => new(
        Statements.All, Officials.All, Organizations.All, Events.All, Articles.All, Topics.All, Countries.All);
}
