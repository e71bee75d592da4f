using Marsad.Cli;

namespace Marsad.Tests.Hardening;

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The tool names itself `marsad` in its usage lines, as users type it.</summary>
[Collection("Console")]
public sealed class ProgramNameTests
{
    [Fact]
    public void Usage_lines_name_the_tool_marsad_not_the_assembly()
    {
        var entry = typeof(ExtractCommand).Assembly.EntryPoint!;
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var stdout = new StringWriter();
        try
        {
            Console.SetOut(stdout);
            Console.SetError(new StringWriter());
            entry.Invoke(null, [new[] { "extract", "--help" }]);
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }

        Assert.Contains("  marsad extract <FILE> [options]", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Marsad.Cli", stdout.ToString(), StringComparison.Ordinal);
    }
}
