using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The text the build checks quotes against is the text the program reads: seeds are decoded by
/// the compiler's own reader here, and embedded seeds by the runtime from the same bytes; a seed
/// the compiler does not read faithfully fails the build with CORP040 at its first bad character.
/// </summary>
public class SeedEncodingTests
{
    private const string Resource = "corpus-seed/" + Fixture.SeedName;

    public static IEnumerable<object[]> Faithful() => new[]
    {
        new object[] { "UTF-8", Encoding.UTF8.GetBytes(Fixture.Seed), Fixture.Seed },
        new object[] { "UTF-8 with BOM", Bom(new UTF8Encoding(true)), Fixture.Seed },
        new object[] { "UTF-16 LE", Bom(new UnicodeEncoding(false, true)), Fixture.Seed },
        new object[] { "UTF-16 BE", Bom(new UnicodeEncoding(true, true)), Fixture.Seed },
        // Written so, not the trace of a bad byte: the compiler decoded strictly.
        new object[] { "UTF-8 with U+FFFD and a NUL written in", Encoding.UTF8.GetBytes(WrittenIn), WrittenIn },
    };

    public static IEnumerable<object[]> Unfaithful() => new[]
    {
        // Read as UTF-32 by this compiler, as UTF-16 by others: refused either way.
        new object[] { "UTF-32 LE", Bom(new UTF32Encoding(false, true)), "UTF-32" },
        new object[] { "UTF-32 BE", Bom(new UTF32Encoding(true, true)), "UTF-32" },
        new object[] { "UTF-32 without BOM", new UTF32Encoding(false, false).GetBytes(Fixture.Seed), "binary" },
        new object[] { "UTF-16 LE read as UTF-8", new UnicodeEncoding(false, false).GetBytes(Fixture.Seed), "NUL" },
        new object[] { "Latin-1", Encoding.Latin1.GetBytes(Fixture.Seed.Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace("–", "-").Replace("Minister", "Ministère")), "not valid UTF-8" },
        new object[] { "UTF-8 with one invalid byte", Encoding.UTF8.GetBytes(Fixture.Seed).Concat(new byte[] { 0xC3 }).ToArray(), "not valid UTF-8" },
    };

    private static readonly string WrittenIn = Fixture.Seed + "\uFFFD \0\n";

    private static byte[] Bom(Encoding encoding) => encoding.GetPreamble().Concat(encoding.GetBytes(Fixture.Seed)).ToArray();

    [Theory]
    [MemberData(nameof(Faithful))]
    public void A_seed_in_an_encoding_the_compiler_reads_faithfully_reads_the_same_at_run_time(string encoding, byte[] bytes, string text)
    {
        foreach (bool embedded in new[] { true, false })
        {
            var run = Run(bytes, embedded);
            Assert.True(run.Diagnostics.IsEmpty, encoding + ": " + string.Join("\n", run.Diagnostics));
            var assembly = run.Load(embedded ? new[] { new ResourceDescription(Resource, () => new MemoryStream(bytes), isPublic: true) } : new ResourceDescription[0]);
            var article = (Article)GeneratorRun.Static(assembly, "Corpus.Articles", "FixtureArticle")!;
            Assert.Equal(text, article.Text);
            var quote = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements", "DoeOpposeSmears")!;
            Assert.Equal("“We firmly oppose groundless smears,”", quote.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Unfaithful))]
    public void A_seed_the_compiler_does_not_read_faithfully_fails_the_build_naming_the_encoding(string encoding, byte[] bytes, string named)
    {
        foreach (bool embedded in new[] { true, false })
        {
            var run = Run(bytes, embedded);
            var error = Assert.Single(run.Of("CORP040"));
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.True(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(named, System.StringComparison.Ordinal), error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(Fixture.SeedName, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(CorpusInput.Root + "seeds/" + Fixture.SeedName, error.Location.GetLineSpan().Path);
            // The article is not linked against a text that is not the article, so nothing else is reported about it.
            Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CORP007" or "CORP008");
            Assert.True(encoding.Length > 0);
        }
    }

    [Fact]
    public void The_first_invalid_byte_is_where_the_error_points()
    {
        string before = "Minister rejects “hacking” claims\n\nALSO READ: ";
        var bytes = Encoding.UTF8.GetBytes(before).Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(Fixture.Seed.Substring(before.Length))).ToArray();
        var error = Assert.Single(Run(bytes, embedded: false).Of("CORP040"));
        var position = error.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((2, "ALSO READ: ".Length), (position.Line, position.Character));
    }

    private static GeneratorRun Run(byte[] seed, bool embedded) => BuildFile.Run(Fixture.Inputs()
        .Where(i => i.Kind == "annotation").Select(BuildFile.Annotation)
        .Append(BuildFile.Seed(CorpusInput.Root + "seeds/" + Fixture.SeedName, seed, Fixture.SeedName, embedded ? Resource : null)));
}
