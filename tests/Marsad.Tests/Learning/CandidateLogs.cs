using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>What training records of an article: its candidates and their options, from the default pipeline.</summary>
internal static class CandidateLogs
{
    public static CandidateLog Of(string body, DateOnly published, string? dateline = null)
    {
        var log = new CandidateLog();
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = published, Dateline = dateline }, log);
        return log;
    }
}
