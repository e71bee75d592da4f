using System.CommandLine;
using System.Diagnostics;
using Marsad.Cli;
using Marsad.Tests.Store;
using Marsad.Worker;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Tests.Worker;

/// <summary>Runs only where MARSAD_NATS names a nats-server with JetStream (scripts/nats-start.sh prints one).</summary>
public sealed class NatsFactAttribute : FactAttribute
{
    public NatsFactAttribute()
    {
        if (WorkerFixtures.NatsUrl is null)
        {
            Skip = "set MARSAD_NATS to a nats:// URL of a JetStream server (scripts/nats-start.sh starts one) to run";
        }
    }
}

/// <summary>Runs only where both MARSAD_NATS and MARSAD_PG are set: workers sharing a PostgreSQL store.</summary>
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute()
    {
        if (WorkerFixtures.NatsUrl is null || PostgresBackend.BaseUrl is null)
        {
            Skip = "set MARSAD_NATS (scripts/nats-start.sh) and MARSAD_PG (scripts/pg-start.sh) to run";
        }
    }
}

internal static class WorkerFixtures
{
    public static string? NatsUrl => Environment.GetEnvironmentVariable("MARSAD_NATS") is { Length: > 0 } url ? url : null;

    /// <summary>A queue of its own for each test, so tests sharing one server never see each other's articles.</summary>
    public static ArticleQueue NewQueue(string label) => new("t" + label + Guid.NewGuid().ToString("N")[..8]);

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("no Marsad.slnx above the test binaries");
        }
    }

    public static async Task<NatsConnection> ConnectAsync(string? url = null) =>
        await ArticleQueue.ConnectAsync(url ?? NatsUrl!, "marsad-tests", CancellationToken.None);

    public static async Task<ulong> QueuedAsync(NatsConnection nats, ArticleQueue queue)
    {
        var stream = await new NatsJSContext(nats).GetStreamAsync(queue.Stream);
        return (ulong)stream.Info.State.Messages;
    }

    public static async Task DeleteAsync(NatsConnection nats, ArticleQueue queue)
    {
        var js = new NatsJSContext(nats);
        foreach (var stream in new[] { queue.Stream, queue.DeadStream })
        {
            try
            {
                await js.DeleteStreamAsync(stream);
            }
            catch (NatsJSApiException)
            {
                // Never created.
            }
        }
    }

    /// <summary>Starts <c>marsad worker</c> as a child process (the CLI the tests were built with).</summary>
    public static Process StartWorker(string natsUrl, string store, ArticleQueue queue, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll"), "worker", "--from", natsUrl, "--store", store, "--queue", queue.Name }.Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }
        var child = Process.Start(start)!;
        // Drained as they come, so a chatty child never blocks on a full pipe.
        child.ErrorDataReceived += (_, _) => { };
        child.OutputDataReceived += (_, _) => { };
        child.BeginErrorReadLine();
        child.BeginOutputReadLine();
        return child;
    }

    public static void WaitOrKill(Process child, TimeSpan timeout)
    {
        if (!child.WaitForExit(timeout))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.Fail($"worker {child.Id} did not finish within {timeout}");
        }
        child.WaitForExit();
    }

    /// <summary>Runs a project script (scripts/nats-start.sh …) with extra environment; returns its stdout.</summary>
    public static string Script(string name, IDictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "scripts", name));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{name} failed: {stderr.Result}");
        return stdout.Result.Trim();
    }

    /// <summary>The articles of the scale-out tests: the 2015 SaudiNewsNet corpus where ../shared is
    /// present (1,415 real articles), else <paramref name="generated"/> articles written for the test.</summary>
    public static (string Path, string What) Corpus(string dir, int generated)
    {
        var shared = Path.Combine(RepoRoot, "..", "shared", "data", "news", "saudinewsnet_2015_syria_iraq_conflict.jsonl");
        if (File.Exists(shared))
        {
            return (shared, "the 2015 shared corpus");
        }
        return (StoreFixtures.WriteArticles(dir, generated), $"{generated} generated articles");
    }

    /// <summary>Runs commands as the CLI does, with the worker command, capturing exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("marsad") { IngestCommand.Create(), ConsolidateCommand.Create(), QueryCommand.Create(), WorkerCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliRunner.Run(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
