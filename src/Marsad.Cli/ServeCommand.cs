using System.CommandLine;
using Marsad.Server;
using Marsad.Store;

namespace Marsad.Cli;

/// <summary><c>marsad serve</c>: the HTTP API and the offline map page over a store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = IngestCommand.StoreOption();
        var urls = new Option<string>("--urls") { Description = "Where to listen (;-separated). Beyond loopback only with --auth token.", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var auth = new Option<string>("--auth") { Description = "none (one user on this machine) or token (team mode: POSTs need a bearer token from --tokens).", DefaultValueFactory = _ => "none" };
        auth.AcceptOnlyFromAmong("none", "token");
        var tokens = new Option<string?>("--tokens") { Description = "For --auth token: a file of «name token» lines; the name is recorded as the reviewer." };
        var maxBody = new Option<long>("--max-body") { Description = "Largest request body in bytes.", DefaultValueFactory = _ => 1_000_000 };
        var maxPage = new Option<int>("--max-page-size") { Description = "Largest page_size a client may ask for.", DefaultValueFactory = _ => 1000 };
        var posts = new Option<int>("--posts-per-minute") { Description = "POST requests one client address may make per minute.", DefaultValueFactory = _ => 120 };
        var connections = new Option<int>("--connections") { Description = "Store connections open at most at once.", DefaultValueFactory = _ => 8 };
        var command = new Command("serve", "Serve the HTTP API and the offline map page (127.0.0.1:5080 by default).") { store, urls, auth, tokens, maxBody, maxPage, posts, connections };
        command.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            // The store must exist (a typo must not serve an empty new store); ingest creates one.
            IngestCommand.OpenStore(location, create: false).Dispose();
            var tokensFile = parse.GetValue(tokens);
            if (tokensFile is not null && !File.Exists(tokensFile))
            {
                throw new InputException($"{tokensFile}: no such tokens file");
            }
            var options = new ServerOptions
            {
                Store = location,
                Urls = parse.GetValue(urls)!,
                Auth = parse.GetValue(auth)!,
                TokensFile = tokensFile,
                MaxBodyBytes = parse.GetValue(maxBody),
                MaxPageSize = parse.GetValue(maxPage),
                DefaultPageSize = Math.Min(100, Math.Max(1, parse.GetValue(maxPage))),
                PostsPerMinute = parse.GetValue(posts),
                StoreConnections = parse.GetValue(connections),
            };
            if (options.Problems() is { Count: > 0 } problems)
            {
                throw new UsageException(string.Join("; ", problems));
            }
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = MarsadServer.Build([], options);
            }
            catch (FormatException e)
            {
                throw new InputException(e.Message);
            }
            var stderr = parse.InvocationConfiguration.Error;
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                using var db = MarsadStore.Open(location);
                var counts = db.Counts();
                stderr.WriteLine($"marsad serve: {options.Urls} over {db.Path} ({counts.Documents} articles, {counts.Consolidated} consolidated events); auth {options.Auth}; Ctrl-C stops");
            });
            try
            {
                app.Run();
            }
            catch (IOException e)
            {
                // Kestrel reports an address in use as an IOException.
                throw new InputException($"cannot listen on {options.Urls}: {e.Message}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
