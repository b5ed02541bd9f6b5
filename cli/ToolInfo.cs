using System.Reflection;

namespace Corpus.Cli;

/// <summary>What the tool reports about itself.</summary>
public static class ToolInfo
{
    /// <summary>The package version (<c>0.1.0</c>, or <c>0.1.0-preview.1</c>), without build metadata.</summary>
    public static string Version { get; } = Informational().Split('+')[0];

    private static string Informational() =>
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
