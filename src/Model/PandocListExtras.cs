using Markdig;
using Markdig.Extensions.ListExtras;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KhaSite.Model;

/// <summary>
/// Lettered and roman lists (<c>a.</c>, <c>iv)</c>) with Pandoc's guards against mistaking prose for a list: such a
/// marker never interrupts a paragraph (so a citation wrapped onto a line starting "p. 33" stays one paragraph), and
/// a capital letter with a period needs two spaces after it (so "E. A. Abdraimov writes" is a sentence, not item E).
/// </summary>
public sealed class PandocListExtras : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var lists = pipeline.BlockParsers.Find<ListBlockParser>();
        if (lists is not null && !lists.ItemParsers.Contains<GuardedItemParser>()) lists.ItemParsers.Add(new GuardedItemParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private sealed class GuardedItemParser : OrderedListItemParser
    {
        private readonly ListExtraItemParser _inner = new();

        public GuardedItemParser() => OpeningCharacters = _inner.OpeningCharacters;

        public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
        {
            result = default;
            if (state.CurrentBlock is ParagraphBlock { Parent: not ListItemBlock }) return false;
            var line = state.Line;
            var marker = line.CurrentChar;
            if (char.IsAsciiLetterUpper(marker) && line.PeekChar() == '.' && !(line.PeekChar(2) is ' ' && line.PeekChar(3) is ' ' || line.PeekChar(2) == '\t'))
                return false;
            return _inner.TryParse(state, pendingBulletType, out result);
        }
    }
}
