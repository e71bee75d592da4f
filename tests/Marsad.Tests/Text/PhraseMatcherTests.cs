using Marsad.Text;

namespace Marsad.Tests.Text;

public class PhraseMatcherTests
{
    [Fact]
    public void A_multi_word_phrase_is_found_with_its_span()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("ريف حلب الشمالي", "region");
        const string body = "حشد الجيش في ريف حلب الشمالي قواته";
        var text = AnalyzedText.Analyze(body);
        var match = Assert.Single(matcher.FindAll(text));
        Assert.Equal(3, match.First);
        Assert.Equal(6, match.End);
        Assert.Equal("ريف حلب الشمالي", match.Span.Cut(body));
        Assert.Equal(["region"], match.Values);
    }

    [Fact]
    public void Clitic_prefixed_city_is_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حلب", "Aleppo");
        const string body = "اشتباكات في حماة وبحلب";
        var match = Assert.Single(matcher.FindAll(AnalyzedText.Analyze(body)));
        Assert.Equal("حلب", match.Span.Cut(body));
        Assert.Equal("حلب", match.FirstReading.Base);
        Assert.Equal(2, match.FirstReading.Prefix);
    }

    [Fact]
    public void A_lam_prefixed_actor_is_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("داعش", "ISIL");
        const string body = "مجاميع تابعة لداعش";
        var match = Assert.Single(matcher.FindAll(AnalyzedText.Analyze(body)));
        Assert.Equal("داعش", match.Span.Cut(body));
    }

    [Fact]
    public void Clitics_on_the_first_word_of_a_phrase_are_allowed()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("الجيش السوري", "SYR-MIL");
        const string body = "تقدم كبير للجيش السوري وحلفائه";
        var match = Assert.Single(matcher.FindAll(AnalyzedText.Analyze(body)));
        // «للجيش» is ل + الجيش with the alef written away: no shorter cut of the word reads as the name.
        Assert.Equal("للجيش السوري", match.Span.Cut(body));
    }

    [Fact]
    public void Clitics_are_not_read_when_not_allowed()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حلب", "Aleppo");
        Assert.Empty(matcher.FindAll(AnalyzedText.Analyze("وبحلب"), allowClitics: false));
    }

    [Fact]
    public void Quotes_inside_a_phrase_are_skipped()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("تنظيم داعش", "ISIL");
        const string body = "افتتح تنظيم «داعش»، مرحلة جديدة";
        var match = Assert.Single(matcher.FindAll(AnalyzedText.Analyze(body)));
        Assert.Equal("تنظيم «داعش", match.Span.Cut(body));
        Assert.Equal("تنظيم داعش", match.Key);
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حلب", "city");
        matcher.Add("ريف حلب", "countryside");
        matcher.Add("ريف حلب الشمالي", "north");
        var text = AnalyzedText.Analyze("من ريف حلب الشمالي إلى ريف حلب الجنوبي ثم حلب");
        Assert.Equal(["north", "countryside", "city"], matcher.FindAll(text).Select(m => m.Values[0]));
    }

    [Fact]
    public void A_phrase_is_normalized_like_the_text()
    {
        var matcher = new PhraseMatcher<int>();
        matcher.Add("الدولة الإسلامية", 1);
        Assert.True(matcher.Contains("الدوله الاسلاميه"));
        Assert.Single(matcher.FindAll(AnalyzedText.Analyze("تنظيمُ الدَّولةِ الإسلاميّةِ")));
    }

    [Fact]
    public void Values_of_one_phrase_are_kept_once_each()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حماة", "SY-1");
        matcher.Add("حماه", "SY-1");
        matcher.Add("حماة", "SY-2");
        Assert.Equal(["SY-1", "SY-2"], matcher.Lookup("حماة"));
    }

    [Fact]
    public void A_partial_phrase_does_not_match()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("معبر الكاستيلو", "crossing");
        Assert.Empty(matcher.FindAll(AnalyzedText.Analyze("عند معبر آخر")));
    }

    [Fact]
    public void A_phrase_without_words_is_rejected()
    {
        var matcher = new PhraseMatcher<string>();
        Assert.Throws<ArgumentException>(() => matcher.Add(" «» ", "x"));
    }

    [Fact]
    public void Asking_again_about_the_same_token_gives_the_same_answer()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حلب", "Aleppo");
        var text = AnalyzedText.Analyze("قصف في حلب");

        Assert.Equal(matcher.MatchAt(text, 2), matcher.MatchAt(text, 2));
        Assert.Null(matcher.MatchAt(text, 1));
        Assert.Null(matcher.MatchAt(text, 1));
    }

    [Fact]
    public void A_phrase_added_after_a_match_is_found_in_the_same_text()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حلب", "Aleppo");
        var text = AnalyzedText.Analyze("قصف في ريف حلب");
        Assert.Null(matcher.MatchAt(text, 2));

        matcher.Add("ريف حلب", "region");

        Assert.Equal(4, matcher.MatchAt(text, 2)?.End);
    }

    [Fact]
    public void Two_matchers_asked_about_one_token_keep_their_own_answers()
    {
        var places = new PhraseMatcher<string>();
        places.Add("حلب", "Aleppo");
        var verbs = new PhraseMatcher<string>();
        verbs.Add("قصف", "shelling");
        var text = AnalyzedText.Analyze("قصف حلب");

        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(["shelling"], verbs.MatchAt(text, 0)?.Values);
            Assert.Null(places.MatchAt(text, 0));
            Assert.Equal(["Aleppo"], places.MatchAt(text, 1)?.Values);
            Assert.Null(verbs.MatchAt(text, 1));
        }
    }

    [Fact]
    public void Answers_far_into_a_long_text_are_kept_apart_from_the_first_tokens()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("حلب", "Aleppo");
        // Over a thousand tokens: the kept answers span several of the memo's pages.
        var text = AnalyzedText.Analyze(string.Join(' ', Enumerable.Repeat("قصف", 1100)) + " في حلب");
        var last = text.Tokens.Count - 1;

        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(["Aleppo"], matcher.MatchAt(text, last)?.Values);
            Assert.Null(matcher.MatchAt(text, last - 1));
            Assert.Null(matcher.MatchAt(text, 3));
            Assert.Null(matcher.MatchAt(text, 700));
        }
    }

    [Fact]
    public void Every_first_word_is_found_however_far_the_matcher_grows_and_others_are_not()
    {
        // Three-letter words of two varied letters and «ار», added in batches that cross the sizes
        // where the matcher's first-word filter is rebuilt; asked after each batch.
        const string letters = "تثجحخدذرزسشصضطظعغقمنهي";
        var matcher = new PhraseMatcher<int>();
        var added = new List<string>();
        foreach (var batch in new[] { 1, 3, 1, 11, 84, 200 })
        {
            for (var k = 0; k < batch; k++)
            {
                var i = added.Count;
                var word = string.Concat(letters[i % letters.Length].ToString(), letters[i / letters.Length % letters.Length].ToString(), "ار");
                matcher.Add(word, i);
                added.Add(word);
            }
            var text = AnalyzedText.Analyze(string.Join(' ', added) + " كتاب قلم");
            for (var i = 0; i < added.Count; i++)
            {
                var m = matcher.MatchAt(text, i);
                Assert.NotNull(m);
                Assert.Equal(i + 1, m.End);
                Assert.Contains(i, m.Values);
            }
            Assert.Null(matcher.MatchAt(text, added.Count));
            Assert.Null(matcher.MatchAt(text, added.Count + 1));
        }
    }

    [Fact]
    public void Many_matchers_asked_about_one_text_each_find_only_their_own_first_words()
    {
        // Seventy matchers: the process numbers them past the first 32, whose first words are kept
        // as bits of each spelling; the rest are asked in full.
        const string letters = "تثجحخدذرزسشصضطظعغقمنهي";
        var words = Enumerable.Range(0, 70).Select(i => string.Concat(letters[i % letters.Length].ToString(), letters[i / letters.Length].ToString(), "ار")).ToList();
        var matchers = words.Select((w, i) =>
        {
            var m = new PhraseMatcher<int>();
            m.Add(w, i);
            return m;
        }).ToList();
        var text = AnalyzedText.Analyze(string.Join(' ', words.Select(w => "و" + w)));

        for (var i = 0; i < matchers.Count; i++)
        {
            for (var t = 0; t < words.Count; t++)
            {
                var m = matchers[i].MatchAt(text, t);
                if (i == t)
                {
                    Assert.Equal([i], m?.Values);
                }
                else
                {
                    Assert.Null(m);
                }
                Assert.Null(matchers[i].MatchAt(text, t, allowClitics: false));
            }
        }
    }

    [Fact]
    public void A_reading_base_looked_up_as_one_word_answers_as_the_whole_phrase_lookup()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("مدنيين", "civilian");
        matcher.Add("طائرات حربية", "force");
        var text = AnalyzedText.Analyze("قتل مدنيين بالطائرات");
        foreach (var token in text.Tokens)
        {
            foreach (var reading in token.Segmentations)
            {
                Assert.Equal(matcher.Lookup(reading.Base), matcher.LookupWord(reading.Base));
            }
        }
        Assert.Equal(["civilian"], matcher.LookupWord("مدنيين"));
        // Only a whole one-word phrase answers: the first word of a longer one does not.
        Assert.Null(matcher.LookupWord("طائرات"));
        Assert.Null(matcher.Lookup("طائرات"));
    }
}
