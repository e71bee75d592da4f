using System.CommandLine;
using Marsad.Store;

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
    public static int Run(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null, bool? debug = null)
    {
        var showStack = debug ?? string.Equals(Environment.GetEnvironmentVariable("MARSAD_DEBUG"), "1", StringComparison.Ordinal);
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (ReferenceEquals(stderr, Console.Error))
        {
            // A fault on a worker thread would otherwise abort the process (exit 134) with a stack dump.
            AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            {
                var error = e.ExceptionObject as Exception ?? new InvalidOperationException(e.ExceptionObject?.ToString());
                Console.Error.WriteLine($"marsad: {Describe(error)}");
                if (showStack)
                {
                    Console.Error.WriteLine(error.ToString());
                }
                Environment.Exit(ExitCodes.Failure);
            };
        }
        // No response files: «@» opens Twitter handles and hashtags an analyst searches for
        // («--text @SyriaCivilDef»), which must stay words, not paths to read arguments from.
        ParseResult result;
        try
        {
            result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        }
        catch (Exception e)
        {
            stderr.WriteLine($"marsad: {OneLine(Describe(e))}");
            return ExitCodes.Usage;
        }
        if (result.Errors.Count > 0)
        {
            var help = result.CommandResult.Command is RootCommand ? "marsad --help" : $"marsad {result.CommandResult.Command.Name} --help";
            // An unknown option makes its value look like a stray argument; name the option, not the file.
            var command = result.CommandResult.Command;
            var known = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Concat(root.Options.SelectMany(o => o.Aliases.Append(o.Name))).ToHashSet(StringComparer.Ordinal);
            var unknown = args.TakeWhile(a => a != "--").FirstOrDefault(a => a.Length > 1 && a[0] == '-' && !char.IsAsciiDigit(a[1]) && !known.Contains(a.Split('=', 2)[0]));
            var message = unknown is not null ? $"unknown option '{unknown}'" : string.Join(' ', result.Errors[0].Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            stderr.WriteLine($"marsad: {OneLine(message)} (see '{help}')");
            return ExitCodes.Usage;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"marsad: {OneLine(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"marsad: {OneLine(e.Message)}");
            return ExitCodes.UnreadableInput;
        }
        catch (Exception e)
        {
            // Whatever was not foreseen still ends as one line and exit 1; the stack is for developers.
            stderr.WriteLine($"marsad: {OneLine(Describe(e))}");
            if (showStack)
            {
                stderr.WriteLine(e.ToString());
            }
            return ExitCodes.Failure;
        }
        finally
        {
            OpenedStore = null;
        }
    }

    /// <summary>A message as one line: a value the user typed may hold line breaks or controls.</summary>
    internal static string OneLine(string message)
    {
        var sb = new System.Text.StringBuilder(message.Length);
        foreach (var c in message)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\u2028' or '\u2029' or '\u0085' => " ",
                _ when char.IsControl(c) && c != '\t' => "?",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>The store the running command opened, so that a fault deep inside it is named with its path.</summary>
    internal static string? OpenedStore
    {
        get => OpenedStoreLocal.Value;
        set => OpenedStoreLocal.Value = value;
    }

    // Per flow of control: tests run commands side by side in one process.
    private static readonly AsyncLocal<string?> OpenedStoreLocal = new();

    /// <summary>One line for an exception nobody caught: a store fault in plain words, else its type and message.</summary>
    internal static string Describe(Exception e)
    {
        e = Unwrap(e);
        if (StoreFaults.Describe(e, OpenedStore ?? "(the store)") is { } fault)
        {
            return fault;
        }
        if (StoreFaults.IsDiskFull(e))
        {
            return "the disk is full; nothing more could be written";
        }
        return e switch
        {
            UnauthorizedAccessException => $"permission denied: {e.Message}",
            OutOfMemoryException => "out of memory; split the input into smaller articles or lower --max-chars",
            _ => $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")} (MARSAD_DEBUG=1 shows where)",
        };
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException && e.InnerException is not null)
        {
            e = e.InnerException!;
        }
        return e;
    }

    /// <summary>"1 article", "2 articles": a count with its noun agreeing.</summary>
    public static string Count(long n, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

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
