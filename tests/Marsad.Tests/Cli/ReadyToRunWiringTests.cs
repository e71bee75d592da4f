using System.Xml.Linq;
using Marsad.Tests.Worker;

namespace Marsad.Tests.Cli;

/// <summary>
/// The tool `./marsad` runs (and the timing command, dotnet artifacts/cli/Marsad.Cli.dll)
/// is precompiled, while the build the test projects reference stays portable: a runtime
/// identifier set unconditionally on the CLI project would move its output and reach every test.
/// </summary>
public sealed class ReadyToRunWiringTests
{
    private static XElement CliProject =>
        XElement.Load(Path.Combine(WorkerFixtures.RepoRoot, "src", "Marsad.Cli", "Marsad.Cli.csproj"));

    [Fact]
    public void The_marsad_script_publishes_the_tool_with_ReadyToRun_asked_for()
    {
        var script = File.ReadAllText(Path.Combine(WorkerFixtures.RepoRoot, "marsad"));
        var line = script.Split('\n').Single(l => l.Contains("Marsad.Cli.csproj", StringComparison.Ordinal) && l.Contains("dotnet", StringComparison.Ordinal));
        Assert.Contains("dotnet publish", line, StringComparison.Ordinal);
        Assert.Contains("-o \"$out\" \"${publish[@]}\"", line, StringComparison.Ordinal);
        // By default the tool users run is the precompiled one in artifacts/cli; only MARSAD_QUICK=1
        // (for changing the code) publishes the plain one, elsewhere.
        var lines = script.Split('\n');
        Assert.Contains("out=\"$here/artifacts/cli\"", lines);
        Assert.Contains("publish=(-p:MarsadReadyToRun=true)", lines);
        var quick = Array.FindIndex(lines, l => l.Contains("MARSAD_QUICK:-", StringComparison.Ordinal));
        Assert.True(quick > 0);
        Assert.Equal("  out=\"$here/artifacts/cli-quick\"", lines[quick + 1]);
        Assert.Equal("  publish=()", lines[quick + 2]);
    }

    [Fact]
    public void The_cli_project_precompiles_only_when_MarsadReadyToRun_is_set()
    {
        var groups = CliProject.Elements("PropertyGroup").ToList();
        var asked = groups.Single(g => ((string?)g.Attribute("Condition") ?? string.Empty).Contains("MarsadReadyToRun", StringComparison.Ordinal));
        Assert.Equal("true", (string?)asked.Element("PublishReadyToRun"));
        // One composite image of framework and tool (docs/performance.md, twelfth step); tiering stays on,
        // since a batch of thousands of articles needs the hot loops re-jitted at tier 1.
        Assert.Equal("true", (string?)asked.Element("SelfContained"));
        Assert.Equal("true", (string?)asked.Element("PublishReadyToRunComposite"));
        Assert.Null(asked.Element("TieredCompilation"));
        Assert.NotNull(asked.Element("RuntimeIdentifier"));
        foreach (var plain in groups.Where(g => g.Attribute("Condition") is null))
        {
            Assert.Null(plain.Element("RuntimeIdentifier"));
            Assert.Null(plain.Element("PublishReadyToRun"));
            Assert.Null(plain.Element("SelfContained"));
            Assert.Null(plain.Element("PublishReadyToRunComposite"));
        }
    }
}
