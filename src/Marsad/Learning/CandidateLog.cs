using Marsad.Text;

namespace Marsad.Learning;

/// <summary>One candidate event as training sees it: where its trigger stands, what the rules made of it, and its features.</summary>
internal sealed record CandidateRow(TextSpan Trigger, string Type, string Modality, float[] Features, bool RulesKeep, Output.EventRecord Record);

/// <summary>What one article's candidates were, recorded while extracting for training.</summary>
internal sealed class CandidateLog
{
    public List<CandidateRow> Rows { get; } = [];

    /// <summary>When true the hand rules decide, so that training sees the candidates a model-free pipeline links.</summary>
    public bool RulesOnly { get; init; } = true;

    /// <summary>A model to decide with instead of the shipped one (training tries thresholds with it on dev).</summary>
    public BinaryModel? Model { get; init; }
}
