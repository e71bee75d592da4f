using System.CommandLine;
using Marsad.Cli;

namespace Marsad.Tests.Ingestion;

public class ExtractCommandInputTests
{
    [Fact]
    public void Undecodable_file_prints_one_line_and_exits_3()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-random-{Guid.NewGuid():N}.txt");
        var bytes = new byte[2048];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var root = new RootCommand { ExtractCommand.Create() };

            var code = CliRunner.Run(root, ["extract", path], stdout, stderr);

            Assert.Equal(3, code);
            Assert.Equal(string.Empty, stdout.ToString());
            var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.StartsWith("marsad: ", lines[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Windows1256_file_is_extracted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-1256-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, Sample.Windows1256.GetBytes(Sample.Text));
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var root = new RootCommand { ExtractCommand.Create() };

            var code = CliRunner.Run(root, ["extract", path, "--format", "compact"], stdout, stderr);

            Assert.Equal(0, code);
            Assert.Contains("\"author\":\"نضال حمادة\"", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
