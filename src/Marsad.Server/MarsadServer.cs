using System.Threading.RateLimiting;
using Marsad.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Server;

/// <summary>
/// <c>marsad serve</c>: the HTTP API over a store (SQLite or PostgreSQL) and the offline map page,
/// in one process. Built here so that the command, the bare server executable and the tests
/// (WebApplicationFactory) run the same application.
/// </summary>
public sealed class MarsadServer
{
    public const string PostPolicy = "posts";

    // A type only to name this assembly's entry point (WebApplicationFactory<MarsadServer> in tests).
    private MarsadServer()
    {
    }

    /// <summary>The page's Content-Security-Policy: scripts only from the server's own files (no
    /// inline script, no eval), nothing fetched from anywhere else. Inline styles are allowed
    /// because Leaflet positions its layers through element styles.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Builds the application; <paramref name="explicitOptions"/> null reads them from configuration (Marsad:Store, …).</summary>
    public static WebApplication Build(string[] args, ServerOptions? explicitOptions = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        ServerOptions Resolve(IConfiguration c) => explicitOptions ?? ServerOptions.FromConfiguration(c);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        builder.WebHost.UseUrls(explicitOptions?.Urls ?? builder.Configuration["Marsad:Urls"] ?? ServerOptions.DefaultUrls);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = Resolve(context.Configuration).MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.AddSingleton(sp => Resolve(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<ServerOptions>();
            return new StorePool(options.Store, options.StoreConnections);
        });
        builder.Services.AddSingleton(_ => MarsadPipeline.CreateDefault());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<ServerOptions>() is { Auth: "token", TokensFile: { } file } ? TeamAuth.Load(file) : null!);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PostPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<ServerOptions>().PostsPerMinute;
                return RateLimitPartition.GetSlidingWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancel) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "10";
                await Results.Problem(detail: "too many POST requests from this client; wait and retry", statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests").ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });

        var app = builder.Build();
        var options = app.Services.GetRequiredService<ServerOptions>();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }
        // Opened now, so a missing store or a bad tokens file stops the start, not the first request.
        app.Services.GetRequiredService<StorePool>();
        var auth = options.Auth == "token" ? app.Services.GetRequiredService<TeamAuth>() : null;

        app.Use(async (http, next) =>
        {
            // Set as the response starts, so that error responses (whose headers are cleared) carry them too.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(http).ConfigureAwait(false);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is System.Data.Common.DbException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http).ConfigureAwait(false);
            }
            catch (ApiProblem problem) when (!http.Response.HasStarted)
            {
                http.Response.Clear();
                await problem.ToResult().ExecuteAsync(http).ConfigureAwait(false);
            }
            catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
            {
                http.Response.Clear();
                await Results.Problem(detail: bad.Message, statusCode: bad.StatusCode, title: "Bad request").ExecuteAsync(http).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The client left; nobody is there to answer.
            }
        });
        app.Use(async (http, next) =>
        {
            if (auth is not null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                if (auth.Reviewer(http.Request) is not { } reviewer)
                {
                    http.Response.Headers.WWWAuthenticate = "Bearer";
                    await Results.Problem(detail: "this server is in team mode: send «Authorization: Bearer TOKEN»", statusCode: StatusCodes.Status401Unauthorized,
                        title: "Unauthorized").ExecuteAsync(http).ConfigureAwait(false);
                    return;
                }
                http.Items[TeamAuth.ReviewerKey] = reviewer;
            }
            await next(http).ConfigureAwait(false);
        });
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        EventsApi.Map(app, options);
        ExtractApi.Map(app, options);
        ReviewApi.Map(app, options);
        StaticAssets.Map(app);
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<StorePool>().Dispose());
        return app;
    }
}
