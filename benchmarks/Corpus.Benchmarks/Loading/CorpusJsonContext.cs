using System.Text.Json.Serialization;

namespace Corpus.Benchmarks.Loading;

/// <summary>
/// System.Text.Json's source-generated metadata for <see cref="CorpusDocument"/>: what a user who wants
/// the fastest System.Text.Json load writes, so no reflection runs on first use. The build's System.Text.Json
/// source generator fills it in here, and the cold-start runners compile it with the same generator.
/// </summary>
[JsonSerializable(typeof(CorpusDocument))]
public sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
