using System.CommandLine;

namespace Marsad.Cli;

/// <summary>Exit codes every command shares.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int UnreadableInput = 3;
}

/// <summary>Raised by a command for a usage error found after parsing (a bad date, a missing file argument).</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Raised by a command when its input cannot be read.</summary>
internal sealed class InputException(string message) : Exception(message);

internal static class CliRunner
{
    /// <summary>
    /// Parses and runs, mapping parse errors to exit code 2 with one line on stderr (the library's
    /// default is 1 and a help dump), and a command's own usage and input errors to 2 and 3.
    /// </summary>
    public static int Run(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            stderr.WriteLine($"marsad: {result.Errors[0].Message} (see 'marsad --help')");
            return ExitCodes.Usage;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            return ExitCodes.UnreadableInput;
        }
    }

    public static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"{option} takes a date as YYYY-MM-DD, not '{value}'");
    }
}
