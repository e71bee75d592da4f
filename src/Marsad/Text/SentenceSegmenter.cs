namespace Marsad.Text;

/// <summary>
/// Cuts a token stream into paragraphs (blank-line or line breaks), sentences (. ! ? ؟ ; ؛ and
/// numbered list items «1-») and clauses (sentences further cut at «،» and «,»). Each unit is a
/// token range and a body span.
/// </summary>
public static class SentenceSegmenter
{
    /// <summary>
    /// Longest sentence, in tokens. Every stage reads a sentence or clause around each trigger, so
    /// text without punctuation (a transcript, a scraped list) would cost time quadratic in its
    /// length. Real news sentences stay below this but for a handful (in the shared corpora 6 of
    /// 163,000 pass 400 words, the longest about 1,200); cut after a comma or before «و», those
    /// few still yield the same events.
    /// </summary>
    public const int MaxSentenceTokens = 512;

    public static void Segment(string body, List<Token> tokens, List<TextUnit> paragraphs, List<TextUnit> sentences, List<TextUnit> clauses)
    {
        if (tokens.Count == 0)
        {
            return;
        }
        int paraStart = 0, sentStart = 0, clauseStart = 0;
        // A sentence mark was seen: the sentence ends before the next token, unless that token is a
        // closing quote or bracket, or another mark, glued to it («انسحبنا.»، «حقاً؟!»).
        var ending = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var newParagraph = i > 0 && LineBreakBetween(body, tokens[i - 1].Span.End, t.Span.Start);
            if (ending && (newParagraph || !GluedToSentenceEnd(body, tokens, i)))
            {
                Close(tokens, sentences, sentStart, i, true);
                Close(tokens, clauses, clauseStart, i, true);
                sentStart = clauseStart = i;
                ending = false;
            }
            if (!ending && i - sentStart >= MaxSentenceTokens && !newParagraph)
            {
                // Cut where the sentence would likely have been cut: after its last comma, else
                // before a word opening with «و», else here; a name is then rarely split.
                var cut = clauseStart > sentStart + MaxSentenceTokens / 4 ? clauseStart : ConjunctionBefore(tokens, sentStart + MaxSentenceTokens / 4, i);
                Close(tokens, sentences, sentStart, cut, true);
                if (cut > clauseStart)
                {
                    Close(tokens, clauses, clauseStart, cut, true);
                }
                for (var k = cut; k < i; k++)
                {
                    tokens[k].Sentence = sentences.Count;
                    tokens[k].Clause = clauses.Count;
                }
                sentStart = clauseStart = cut;
            }
            var listItem = i > 0 && IsListMarker(tokens, i) && newParagraph;
            if (newParagraph || listItem)
            {
                Close(tokens, paragraphs, paraStart, i, newParagraph);
                Close(tokens, sentences, sentStart, i, true);
                Close(tokens, clauses, clauseStart, i, true);
                if (newParagraph)
                {
                    paraStart = i;
                }
                sentStart = clauseStart = i;
            }
            tokens[i].Sentence = sentences.Count;
            tokens[i].Clause = clauses.Count;
            if (t.Kind != TokenKind.Punctuation)
            {
                continue;
            }
            var c = t.Norm[0];
            // The full stop of a list number («2. تخفيف الضغط») belongs to its item.
            var listNumberStop = c == '.' && i - 1 == sentStart && IsListMarker(tokens, i - 1);
            if (IsSentenceMark(c) && !listNumberStop && !IsElision(body, tokens, i))
            {
                ending = true;
            }
            else if (c is '،' or ',')
            {
                Close(tokens, clauses, clauseStart, i + 1, true);
                clauseStart = i + 1;
            }
        }
        Close(tokens, paragraphs, paraStart, tokens.Count, true);
        Close(tokens, sentences, sentStart, tokens.Count, true);
        Close(tokens, clauses, clauseStart, tokens.Count, true);
    }

    /// <summary>The last token in (<paramref name="floor"/>, <paramref name="end"/>) that is a word opening with «و» (at most 64 back), else <paramref name="end"/>.</summary>
    private static int ConjunctionBefore(List<Token> tokens, int floor, int end)
    {
        for (var k = end - 1; k > floor && k >= end - 64; k--)
        {
            if (tokens[k].IsWord && tokens[k].Norm.Length > 1 && tokens[k].Norm[0] == 'و')
            {
                return k;
            }
        }
        return end;
    }

    private static void Close(List<Token> tokens, List<TextUnit> units, int start, int end, bool really)
    {
        if (!really || end <= start)
        {
            return;
        }
        units.Add(new TextUnit(units.Count, start, end, new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End)));
    }

    private static bool LineBreakBetween(string body, int from, int to)
    {
        for (var k = from; k < to && k < body.Length; k++)
        {
            if (body[k] is '\n' or '\r' or '\u2029')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «… منذ صباح اليوم (...) وترافقت مع قصف …»: dots inside brackets mark words left out of a
    /// quote, not the end of a sentence (140 articles of the shared conflict corpora have one, most
    /// often between a count of dead and the attack that killed them). True for a dot or «…» glued,
    /// through dots only, to an opening bracket before it and a closing one after it.
    /// </summary>
    private static bool IsElision(string body, List<Token> tokens, int i)
    {
        int first = i, last = i;
        while (first > 0 && IsDotGlued(body, tokens, first - 1, first))
        {
            first--;
        }
        while (last + 1 < tokens.Count && IsDotGlued(body, tokens, last + 1, last))
        {
            last++;
        }
        return first > 0 && last + 1 < tokens.Count
            && tokens[first - 1].Span.End == tokens[first].Span.Start && body[tokens[first - 1].Span.Start] is '(' or '['
            && tokens[last].Span.End == tokens[last + 1].Span.Start && body[tokens[last + 1].Span.Start] is ')' or ']';
    }

    /// <summary>Token <paramref name="k"/> is a dot or «…» touching token <paramref name="neighbour"/>.</summary>
    private static bool IsDotGlued(string body, List<Token> tokens, int k, int neighbour)
    {
        var t = tokens[k];
        if (t.Kind != TokenKind.Punctuation || body[t.Span.Start] is not ('.' or '…'))
        {
            return false;
        }
        var n = tokens[neighbour];
        return k < neighbour ? t.Span.End == n.Span.Start : n.Span.End == t.Span.Start;
    }

    private static bool IsSentenceMark(char c) => c is '.' or '!' or '?' or '؟' or ';' or '؛' or '…';

    private static bool GluedToSentenceEnd(string body, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation || tokens[i - 1].Span.End != t.Span.Start)
        {
            return false;
        }
        return IsSentenceMark(t.Norm[0]) || body[t.Span.Start] is '»' or '”' or '’' or '›' or ')' or ']' or '"' or '\'';
    }

    /// <summary>«1-», «2.», «3)» at the start of a line open a list item.</summary>
    private static bool IsListMarker(List<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && tokens[i].Norm.Length <= 2 && i + 1 < tokens.Count
        && tokens[i + 1].Kind == TokenKind.Punctuation && tokens[i + 1].Norm[0] is '-' or '.' or ')' or '–';
}

/// <summary>A paragraph, sentence or clause: token range [First, End) and its span in the body.</summary>
public readonly record struct TextUnit(int Index, int First, int End, TextSpan Span);
