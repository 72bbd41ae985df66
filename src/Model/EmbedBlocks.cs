using System.Collections.Concurrent;

namespace KhaSite.Model;

/// <summary>
/// What the embed blocks of one model show, by the block's info string and text: a block written alike in many
/// articles (<c>```timeline</c> with the same tags and years) is read and its events chosen once. Only blocks read
/// without a problem are kept (a problem's place is the block's own); valid for the model it was made with.
/// </summary>
public sealed class EmbedBlocks
{
    private readonly ConcurrentDictionary<(string Info, string Text), EmbedResolver.Shown> _shown = new();

    public EmbedResolver.Shown? Find(EmbedFact block) => _shown.GetValueOrDefault((block.Info, block.Text));

    public void Remember(EmbedFact block, EmbedResolver.Shown shown) => _shown.TryAdd((block.Info, block.Text), shown);
}
