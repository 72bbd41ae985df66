using System.Buffers;

namespace KhaSite.Write;

/// <summary>
/// A file written over the previous build's file of the same path. While the bytes match the old file's, nothing is
/// written; at the first difference the new file is created (by <paramref name="create"/>) with the matching part
/// copied from the old file, and the rest goes there. <see cref="Changed"/> says, once disposed, whether it was.
/// </summary>
/// <remarks>
/// A rebuild that rewrote every file would allocate and free an inode per file, which is most of a build's system
/// time on some file systems (docs/performance.md); an unchanged file also keeps its modification time, so a deploy
/// that copies by date copies only what changed.
/// </remarks>
internal sealed class ChangedFileStream(string oldPath, Func<Stream> create) : Stream
{
    private readonly FileStream _old = new(oldPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
    private Stream? _new;
    private long _matched;
    private byte[] _buffer = [];

    public bool Changed => _new is not null;

    public override void Write(ReadOnlySpan<byte> data)
    {
        if (_new is null && !OldContinuesWith(data)) Diverge();
        if (_new is not null) _new.Write(data);
        else _matched += data.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancel = default)
    {
        Write(data.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancel) =>
        WriteAsync(buffer.AsMemory(offset, count), cancel).AsTask();

    private bool OldContinuesWith(ReadOnlySpan<byte> data)
    {
        if (_buffer.Length < data.Length)
        {
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(data.Length);
        }
        var read = _old.ReadAtLeast(_buffer.AsSpan(0, data.Length), data.Length, throwOnEndOfStream: false);
        return read == data.Length && _buffer.AsSpan(0, read).SequenceEqual(data);
    }

    /// <summary>The new file starts where the old one stops matching: create it with the part that matched.</summary>
    private void Diverge()
    {
        _new = create();
        _old.Position = 0;
        var left = _matched;
        Span<byte> chunk = stackalloc byte[16 * 1024];
        while (left > 0)
        {
            var read = _old.Read(chunk[..(int)Math.Min(chunk.Length, left)]);
            if (read == 0) throw new IOException($"{oldPath} changed while it was compared");
            _new.Write(chunk[..read]);
            left -= read;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Everything written matched, but the old file is longer: the new one is that matching part.
            if (_new is null && _old.Length != _matched) Diverge();
            _new?.Dispose();
            _old.Dispose();
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancel) => Task.CompletedTask;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
