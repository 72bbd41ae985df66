using System.Collections.Concurrent;
using KhaSite.Model.LanguageSpans;
using KhaSite.Render.Search;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Render.Previews;

/// <summary>The first use of a glossary term in an article: where in a literal's text it stands, and which term it is.</summary>
public sealed record TermUse(int Start, int Length, string TermId);

/// <summary>
/// Finds where an article first uses each glossary term, as Wikipedia links a term once: in body text only (not in
/// headings, links, code, citations, images, quotations or other-language spans), one link per term, the longest form first where
/// forms overlap. A term's form matches the text word by word, each word as written or followed by inflectional endings
/// of the language's search rules (Конституция → Конституцияның, session → sessions), a final voiced consonant restored
/// as the stemmer restores it (Жарлық → Жарлығы). Derivational and verbal endings make another word and do not match.
/// Words are compared in the script of the rules' endings, so a Latin-script edition (Jarlyğymen) matches as its
/// source language does.
/// </summary>
public sealed class GlossaryTermMatcher
{
    private static readonly string[] OtherWordLayers = ["verbal", "derivational"];

    private readonly List<Form> _forms = [];
    private readonly Dictionary<string, List<Form>> _byHead = new(StringComparer.Ordinal);
    private readonly HashSet<string> _endings;
    private readonly IReadOnlyList<(string From, string To)> _restore;
    private readonly int _longestEnding;
    private readonly int _distinctTerms;
    private readonly WordStemmer _script;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _comparable =
        new ConcurrentDictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _endingLookup;
    private readonly Dictionary<string, List<Form>>.AlternateLookup<ReadOnlySpan<char>> _byHeadLookup;

    /// <param name="terms">each term's id and its forms in the article's language, in the glossary's order</param>
    public GlossaryTermMatcher(IEnumerable<(string Id, IEnumerable<string> Forms)> terms, LanguageRules rules)
    {
        _endings = rules.Layers.Where(l => !OtherWordLayers.Contains(l.Name, StringComparer.Ordinal))
            .SelectMany(l => l.Endings).Select(e => e.Text).Where(e => e.Length > 0).ToHashSet(StringComparer.Ordinal);
        _endingLookup = _endings.GetAlternateLookup<ReadOnlySpan<char>>();
        _byHeadLookup = _byHead.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestEnding = _endings.Count == 0 ? 0 : _endings.Max(e => e.Length);
        _restore = rules.Restore;
        _script = new WordStemmer(rules);
        var order = 0;
        foreach (var (id, forms) in terms)
            foreach (var written in forms.SelectMany(Spellings).Distinct(StringComparer.Ordinal))
            {
                var words = WordStemmer.Words(written).Select(_script.Transliterate).ToArray();
                if (words.Length == 0 || words.All(rules.Stop.Contains)) continue;
                var form = new Form(id, words, order++);
                _forms.Add(form);
                var head = Head(words[0]);
                if (!_byHead.TryGetValue(head, out var list)) _byHead[head] = list = [];
                list.Add(form);
            }
        _distinctTerms = _forms.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>A form as written, and without a bracketed part: "Ұлтаралық (этносаралық) келісім" is also written "Ұлтаралық келісім".</summary>
    private static IEnumerable<string> Spellings(string form)
    {
        yield return form;
        var open = form.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : form.IndexOf(')', open);
        if (close > open) yield return string.Join(' ', (form[..open] + " " + form[(close + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A voiced final consonant changes the word's last letter only, so a word is indexed by its first letters.</summary>
    private static string Head(string word) => word[..Math.Min(HeadLength, word.Length)];

    private const int HeadLength = 2;

    /// <summary>Every term's first use in the document, by the literal it stands in.</summary>
    public IReadOnlyDictionary<LiteralInline, IReadOnlyList<TermUse>> FirstUses(MarkdownDocument document)
    {
        var uses = new Dictionary<LiteralInline, IReadOnlyList<TermUse>>();
        if (_forms.Count == 0) return uses;
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<ParagraphBlock>())
        {
            if (block.Inline is null) continue;
            var open = new Stack<char>();
            foreach (var literal in block.Inline.Descendants<LiteralInline>())
            {
                var text = literal.Content.ToString();
                var quoted = Quoted(text, open);
                if (!InBodyText(literal)) continue;
                var found = Find(text, linked, quoted);
                if (found.Count > 0) uses[literal] = found;
                if (linked.Count == _distinctTerms) return uses;
            }
        }
        return uses;
    }

    /// <summary>Text of the paragraph itself: not a link's text or an image's alt text, or a span in another language (citations and code hold no literals).</summary>
    private static bool InBodyText(LiteralInline literal)
    {
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline or LanguageSpanInline) return false;
        return true;
    }

    /// <summary>
    /// Which characters of a paragraph's text stand inside quotation marks (« », „ “, “ ”, " "), carried from one
    /// literal to the next in <paramref name="open"/>: a quoted title ("On the Creation of the Assembly") or a quotation
    /// is the source's wording, not the article's use of a term.
    /// </summary>
    private static bool[] Quoted(string text, Stack<char> open)
    {
        var quoted = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var top = open.Count > 0 ? open.Peek() : '\0';
            var closes = (c == '»' && top == '«') || (c == '“' && top == '„') || (c == '”' && top == '“') || (c == '"' && top == '"');
            if (closes) { open.Pop(); quoted[i] = true; continue; }
            if (c is '«' or '„' or '“' or '"') { open.Push(c); quoted[i] = true; continue; }
            quoted[i] = open.Count > 0;
        }
        return quoted;
    }

    /// <summary>The quotation marks hold the term and nothing else: a name written in quotes («Мәңгілік Ел») is the term's use.</summary>
    private static bool WholeQuotation(string text, int start, int end) =>
        start > 0 && text[start - 1] is '«' or '„' or '“' or '"' && end < text.Length && text[end] is '»' or '“' or '”' or '"';

    /// <summary>The first use in <paramref name="text"/> of each term not yet linked, in order of the text.</summary>
    /// <param name="quoted">which characters stand inside quotation marks (no term is linked there)</param>
    public IReadOnlyList<TermUse> Find(string text, HashSet<string> linked, bool[]? quoted = null)
    {
        var spans = WordStemmer.WordSpans(text);
        if (spans.Length == 0) return [];
        // Each word's comparable form is made only when a form may start at it or a form's later word is compared
        // with it: most words of a text start no term, and their first letters tell.
        var words = new string?[spans.Length];
        Func<int, string> wordAt = i => words[i] ??= Comparable(text.AsSpan(spans[i].Start, spans[i].Length));
        Span<char> head = stackalloc char[HeadLength];
        var found = new List<TermUse>();
        for (var i = 0; i < spans.Length; i++)
        {
            if (StartsNoForm(text.AsSpan(spans[i].Start, spans[i].Length), head)) continue;
            var word = wordAt(i);
            // The longest form, then the one written most exactly (Peoples is "Peoples", not "People" + s), then the glossary's order.
            Form? best = null;
            var bestExact = 0;
            for (var h = 1; h <= Math.Min(HeadLength, word.Length); h++)
            {
                if (!_byHeadLookup.TryGetValue(word.AsSpan(0, h), out var candidates)) continue;
                foreach (var form in candidates)
                {
                    if (linked.Contains(form.Id) || !Matches(form, text, spans, wordAt, i)) continue;
                    var exact = ExactWords(form, wordAt, i);
                    if (best is null || form.Words.Length > best.Words.Length
                        || form.Words.Length == best.Words.Length && (exact > bestExact || exact == bestExact && form.Order < best.Order))
                        (best, bestExact) = (form, exact);
                }
            }
            if (best is null) continue;
            var last = spans[i + best.Words.Length - 1];
            if (quoted is not null && quoted[spans[i].Start] && !WholeQuotation(text, spans[i].Start, last.Start + last.Length)) continue;
            found.Add(new TermUse(spans[i].Start, last.Start + last.Length - spans[i].Start, best.Id));
            linked.Add(best.Id);
            i += best.Words.Length - 1;
        }
        return found;
    }

    /// <summary>Whether the written word's first letters show that no form's head is the start of its comparable form.</summary>
    private bool StartsNoForm(ReadOnlySpan<char> written, Span<char> head)
    {
        if (!_script.TryReadHead(written, head, out var length)) return false;
        for (var h = 1; h <= length; h++)
            if (_byHeadLookup.ContainsKey(head[..h])) return false;
        return true;
    }

    /// <summary>A word of the text as forms are compared: normalized, in the rules' script (kept per written word: a site repeats its words).</summary>
    private string Comparable(ReadOnlySpan<char> written)
    {
        if (_comparable.TryGetValue(written, out var word)) return word;
        var text = written.ToString();
        return _comparable.Dictionary.GetOrAdd(text, _script.Transliterate(WordStemmer.Normalize(text)));
    }

    /// <summary>How many of the form's words the text writes exactly as the form does.</summary>
    private static int ExactWords(Form form, Func<int, string> words, int at)
    {
        var exact = 0;
        for (var k = 0; k < form.Words.Length; k++)
            if (string.Equals(form.Words[k], words(at + k), StringComparison.Ordinal)) exact++;
        return exact;
    }

    private bool Matches(Form form, string text, (int Start, int Length)[] spans, Func<int, string> words, int at)
    {
        if (at + form.Words.Length > spans.Length) return false;
        for (var k = 0; k < form.Words.Length; k++)
        {
            if (!WordMatches(words(at + k), form.Words[k])) return false;
            if (k > 0 && !OnlySpaceBetween(text, spans[at + k - 1], spans[at + k])) return false;
        }
        return true;
    }

    /// <summary>Words of one phrase are apart by spaces or a hyphen only (not by a full stop, comma or bracket).</summary>
    private static bool OnlySpaceBetween(string text, (int Start, int Length) before, (int Start, int Length) after)
    {
        for (var c = before.Start + before.Length; c < after.Start; c++)
            if (!char.IsWhiteSpace(text[c]) && text[c] is not ('-' or '‑')) return false;
        return true;
    }

    /// <summary>The word as written, or followed by inflectional endings, its last letter voiced as the rules restore it.</summary>
    public bool WordMatches(string word, string form)
    {
        if (string.Equals(word, form, StringComparison.Ordinal)) return true;
        if (word.StartsWith(form, StringComparison.Ordinal) && IsEndings(word.AsSpan(form.Length))) return true;
        foreach (var (voiced, plain) in _restore)
            if (form.EndsWith(plain, StringComparison.Ordinal) && form.Length > plain.Length)
            {
                var stem = form[..^plain.Length] + voiced;
                if (word.StartsWith(stem, StringComparison.Ordinal) && word.Length > stem.Length && IsEndings(word.AsSpan(stem.Length))) return true;
            }
        return false;
    }

    /// <summary>Whether <paramref name="rest"/> is one ending or several in a row (Ассамблея|сы|ның).</summary>
    private bool IsEndings(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0) return true;
        for (var length = Math.Min(_longestEnding, rest.Length); length > 0; length--)
            if (_endingLookup.Contains(rest[..length]) && IsEndings(rest[length..])) return true;
        return false;
    }

    private sealed record Form(string Id, string[] Words, int Order);
}
