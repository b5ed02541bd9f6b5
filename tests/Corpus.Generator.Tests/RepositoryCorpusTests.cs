using System.Collections;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

public class RepositoryCorpusTests
{
    [Fact]
    public void The_bundled_annotations_generate_without_diagnostics_and_compile()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RepositoryCorpus());

        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompileErrors);
        var assembly = run.Load();
        var statements = (IList)GeneratorRun.Static(assembly, "Corpus.Statements", "All")!;
        Assert.True(statements.Count > 50, $"only {statements.Count} statements");
    }
}
