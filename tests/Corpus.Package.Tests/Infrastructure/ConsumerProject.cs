using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Package.Tests.Infrastructure;

/// <summary>A fresh project that installs the packed Corpus package, as a user's project would.</summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed _feed;

    public ConsumerProject(PackageFeed feed, string name, string targetFramework, IReadOnlyDictionary<string, string>? properties = null)
    {
        _feed = feed;
        Name = name;
        TargetFramework = targetFramework;
        Directory = Path.Combine(feed.ConsumersDirectory, name);
        System.IO.Directory.CreateDirectory(Directory);
        string extra = string.Concat((properties ?? new Dictionary<string, string>()).Select(p => $"\n    <{p.Key}>{p.Value}</{p.Key}>"));
        File.WriteAllText(Path.Combine(Directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>{extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    public string Name { get; }

    public string TargetFramework { get; }

    public string Directory { get; }

    /// <summary>Writes a file (path relative to the project directory, '/' separated).</summary>
    public ConsumerProject WithFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes a file's exact bytes (path relative to the project directory, '/' separated).</summary>
    public ConsumerProject WithBytes(string relativePath, byte[] content)
    {
        string path = Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    /// <param name="properties">Extra <c>-p:Name=Value</c> arguments.</param>
    public CommandResult Build(params string[] properties) =>
        DotNetCli.Run(Directory, _feed.Environment, new[] { "build", "-tl:off", "-nodeReuse:false", "-v:minimal" }.Concat(properties).ToArray());

    /// <summary>Runs the built program; net8.0 rolls forward to the newest installed runtime when no .NET 8 runtime is installed.</summary>
    public CommandResult Run()
    {
        var environment = new Dictionary<string, string?>(_feed.Environment);
        if (TargetFramework == "net8.0") environment["DOTNET_ROLL_FORWARD"] = "Major";
        return DotNetCli.Run(Directory, environment, "run", "--no-build");
    }

    /// <summary>The files the Corpus generator wrote under obj/ (EmitCompilerGeneratedFiles is on).</summary>
    public IReadOnlyList<string> GeneratedFiles()
    {
        string obj = Path.Combine(Directory, "obj");
        return System.IO.Directory.Exists(obj)
            ? System.IO.Directory.EnumerateFiles(obj, "*.cs", SearchOption.AllDirectories)
                .Where(f => f.Replace('\\', '/').Contains("/generated/Corpus.Generator/", StringComparison.Ordinal))
                .ToList()
            : Array.Empty<string>();
    }
}
