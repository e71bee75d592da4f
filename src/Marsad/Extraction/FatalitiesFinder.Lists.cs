using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>Victims joined by «و» to a statement of dead: «مقتل ضابط وجنديين», «اغتالوا رجلا وزوجته».</summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words of a victim's noun phrase (adjectives, a construct chain) before the next «و».</summary>
    private const int ListGap = 4;

    /// <summary>
    /// A statement of dead followed by more people joined by «و» counts them too: a singular person
    /// («وجندي», «وعضو مجلس المحافظة») one, a dual two, «وأحد عناصر الحماية» one, a relative or
    /// guard with a pronoun («وزوجته») one, and a plural of them with its number («وحراسه الثلاثة»)
    /// that number. The coder's toll is the sum (docs/annotation.md 6.5); the rules gave only the
    /// first victim. The list stops at punctuation, a number (joined counts are added where they are
    /// read), any other outcome word (a wound, a second killing) and a preposition, so a person of
    /// another clause («في هجوم على حاجز وجندي…») is never added.
    /// </summary>
    private void AddJoinedVictims(AnalyzedText text, Cue?[] cueAt, List<NumberReading> numbers, List<FatalityMention> result)
    {
        var tokens = text.Tokens;
        var numberAt = new Dictionary<int, NumberReading>();
        foreach (var n in numbers)
        {
            numberAt[n.First] = n;
        }
        for (var r = 0; r < result.Count; r++)
        {
            var m = result[r];
            if (m.Count <= 0)
            {
                continue;
            }
            var added = 0;
            var end = m.End;
            var gap = 0;
            for (var j = m.End; j < tokens.Count && tokens[j].Sentence == tokens[m.First].Sentence && tokens[j].Kind == TokenKind.Word;)
            {
                // «وأحد» reads as a number too; it is one more victim, not a count of its own. «واحد» written without
                // hamza and with no definite noun after it is the cardinal after its noun («مقتل مدني واحد» = 1).
                var oneOf = cueAt[j] is { } c && c.Conjoined && c.Is(CueKind.OneOf)
                    && (!CardinalOneSpelling(text, tokens[j]) || OneOfSpelledAsOne(tokens, cueAt, j));
                if (numberAt.TryGetValue(j, out var group) && !oneOf)
                {
                    // «مقتل امرأة وثلاثة أطفال»: a numbered group of people joined right after the victims.
                    if (JoinedGroup(tokens, cueAt, group, result) is { } groupEnd)
                    {
                        added += (int)group.Value;
                        end = groupEnd;
                        gap = 0;
                        j = groupEnd;
                        continue;
                    }
                    break;
                }
                if (_listStops.Contains(tokens[j].Norm))
                {
                    break;
                }
                if (cueAt[j] is not { } cue || !cue.Conjoined)
                {
                    // A word of the last victim's phrase («مسؤول عسكري كبير», «أحد عناصر الحماية»), but no
                    // second outcome, and no person not joined by «و», which names the counted ones again.
                    if (cueAt[j] is { } other && !other.Is(CueKind.Person))
                    {
                        break;
                    }
                    if (++gap > ListGap)
                    {
                        break;
                    }
                    j = cueAt[j]?.End ?? j + 1;
                    continue;
                }
                var victims = JoinedVictims(text, cueAt, numberAt, cue, out var victimEnd);
                if (victims <= 0)
                {
                    break;
                }
                added += victims;
                end = victimEnd;
                gap = 0;
                j = victimEnd;
            }
            if (added > 0)
            {
                result[r] = Make(text, m.First, end, m.Count + added, m.IsLowerBound, m.Span.Start);
            }
        }
    }

    /// <summary>
    /// The end of a count joined by «و» with its noun of people («وثلاثة أطفال»), that no other statement
    /// read and no wound or mix follows; null otherwise (a count read on its own is added where it is read).
    /// </summary>
    private static int? JoinedGroup(SealedList<Token> tokens, Cue?[] cueAt, NumberReading n, List<FatalityMention> result)
    {
        if (n.IsVague || n.Value is <= 0 or >= 1000 || tokens[n.First].Norm[0] != 'و' || n.End >= tokens.Count
            || cueAt[n.End] is not { Conjoined: false } people || !people.Is(CueKind.Person)
            || tokens[n.End].Sentence != tokens[n.First].Sentence)
        {
            return null;
        }
        if (people.End < tokens.Count && cueAt[people.End] is { } next && (next.IsNotKilled || next.Is(CueKind.Mixed)))
        {
            return null;
        }
        foreach (var m in result)
        {
            if (m.First <= n.First && n.First < m.End || n.First <= m.First && m.First < people.End)
            {
                return null;
            }
        }
        return people.End;
    }

    /// <summary>
    /// True for «واحد»/«واحدة» (the conjoined «وأحد», «وإحدى» written without hamza) followed in its sentence by a
    /// noun with the article that is no word of the wounded or held: the cardinal «واحد» follows its noun instead.
    /// </summary>
    private bool OneOfSpelledAsOne(SealedList<Token> tokens, Cue?[] cueAt, int j) =>
        _cardinalOneKeys.Contains(tokens[j].Norm) && j + 1 < tokens.Count && tokens[j + 1].Sentence == tokens[j].Sentence
        && tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Segmentations[0].HasArticle
        && !(cueAt[j + 1] is { } next && (next.IsNotKilled || next.Is(CueKind.Mixed)));

    /// <summary>
    /// «واحد»/«واحدة» as written, with a bare alef (fatality_words.tsv cardinal_one): the cardinal one, or «وأحد» whose
    /// hamza was left out. Tanween and tatweel («واحدٍ», «واحـد») are skipped: only the hamza tells the two apart.
    /// </summary>
    private bool CardinalOneSpelling(AnalyzedText text, Token token)
    {
        var written = new System.Text.StringBuilder(token.Span.End - token.Span.Start);
        foreach (var c in text.Body.AsSpan(token.Span.Start, token.Span.End - token.Span.Start))
        {
            // A combining hamza (U+0654, U+0655) is the hamza itself, kept like the letters.
            if (!ArabicNormalizer.IsIgnorable(c) || c is '\u0654' or '\u0655')
            {
                written.Append(c);
            }
        }
        return _cardinalOne.Contains(written.ToString());
    }

    /// <summary>How many people one conjoined cue adds to a list of victims, and where it ends; 0 when it adds none.</summary>
    private static int JoinedVictims(AnalyzedText text, Cue?[] cueAt, Dictionary<int, NumberReading> numberAt, Cue cue, out int end)
    {
        var tokens = text.Tokens;
        end = cue.End;
        if (cue.Is(CueKind.PersonDual))
        {
            return 2;
        }
        if (cue.Is(CueKind.PersonSingle))
        {
            return 1;
        }
        // «مقتل ثلاثة من عناصر الشرطة ومدنيين اثنين»: a plural of people with its number after it.
        if (cue.Is(CueKind.Person) && numberAt.TryGetValue(cue.End, out var counted) && counted.Value is > 0 and < 1000 && !counted.IsVague
            && tokens[counted.First].Norm[0] != 'و' && !(counted.End < tokens.Count && cueAt[counted.End] is { } then && (then.IsNotKilled || then.Is(CueKind.Mixed))))
        {
            end = counted.End;
            return (int)counted.Value;
        }
        if (cue.Is(CueKind.OneOf))
        {
            // «وأحد الجرحى» is one of the wounded, not another victim.
            return cue.End < tokens.Count && cueAt[cue.End] is { } next && (next.IsNotKilled || next.Is(CueKind.Mixed)) ? 0 : 1;
        }
        if (cue.Suffix == 0 || !HasHisSuffix(text, tokens[cue.First]) && !tokens[cue.First].Norm.EndsWith("ها", StringComparison.Ordinal))
        {
            return 0;
        }
        if (cue.Is(CueKind.Companion))
        {
            return 1;
        }
        if (!cue.Is(CueKind.Companions) || cue.End >= tokens.Count)
        {
            return 0;
        }
        if (numberAt.TryGetValue(cue.End, out var n) && n.Value is > 0 and < 1000 && !n.IsVague)
        {
            end = n.End;
            return (int)n.Value;
        }
        if (ArabicNumbers.Default.ReadDefiniteAt(text, cue.End) is { } definite and > 0 and < 1000)
        {
            end = cue.End + 1;
            return (int)definite;
        }
        return 0;
    }
}
