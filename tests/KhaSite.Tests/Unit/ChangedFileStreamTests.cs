using System.Text;
using KhaSite.Write;

namespace KhaSite.Tests.Unit;

public class ChangedFileStreamTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("khasite-changed-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("same bytes", "same bytes", false)]
    [InlineData("same bytes", "same bytes and more", true)]
    [InlineData("same bytes and more", "same bytes", true)]
    [InlineData("same bytes", "same Bytes", true)]
    [InlineData("", "", false)]
    [InlineData("", "new", true)]
    [InlineData("old", "", true)]
    public void Writes_the_new_file_only_when_its_bytes_differ_from_the_old(string before, string after, bool changed)
    {
        var old = Path.Combine(_dir, "old.html");
        var created = Path.Combine(_dir, "new.html");
        File.WriteAllText(old, before);

        var stream = new ChangedFileStream(old, () => File.Create(created));
        // Written in small pieces, as a writer flushes: the comparison must carry on across writes.
        foreach (var piece in Encoding.UTF8.GetBytes(after).Chunk(3)) stream.Write(piece);
        stream.Dispose();

        Assert.Equal(changed, stream.Changed);
        Assert.Equal(changed, File.Exists(created));
        if (changed) Assert.Equal(after, File.ReadAllText(created));
        Assert.Equal(before, File.ReadAllText(old));
    }

    [Fact]
    public async Task A_text_writer_over_it_gives_the_same_file_as_writing_it_afresh()
    {
        var old = Path.Combine(_dir, "old.html");
        var created = Path.Combine(_dir, "new.html");
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Қазақ {i} "));
        await File.WriteAllTextAsync(old, text[..^7] + "changed");

        var stream = new ChangedFileStream(old, () => File.Create(created));
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1024)) await writer.WriteAsync(text);

        Assert.True(stream.Changed);
        Assert.Equal(text, await File.ReadAllTextAsync(created));
    }
}
