using System.Security.Cryptography;
using KhaSite.Safety;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The build caches' file (<see cref="SealedFile"/>): its content reads back only under the key that sealed it, and
/// whole; the key (<see cref="SealKey"/>) lives outside every repository, readable by its user only, and two processes
/// making it at once agree on one.
/// </summary>
public sealed class SealedFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("khasite-sealed-").FullName;

    private readonly SealKey _key = SealKey.Random();

    private string FilePath => Path.Combine(_root, "cache", "cache.bin");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_content_reads_back_as_written_and_the_file_is_replaced_whole()
    {
        SealedFile.Write(FilePath, "first"u8, _key);
        SealedFile.Write(FilePath, "the content"u8, _key);
        Assert.Equal("the content"u8.ToArray(), SealedFile.Read(FilePath, _key)?.ToArray());
        Assert.Equal(["cache.bin"], Directory.GetFiles(Path.GetDirectoryName(FilePath)!).Select(Path.GetFileName));
        SealedFile.Write(FilePath, [], _key);
        Assert.Equal(0, SealedFile.Read(FilePath, _key)?.Count);
    }

    public static TheoryData<string> Damages => ["a byte of the content changed", "a byte of the seal changed", "cut short", "shorter than a seal", "empty", "bytes appended"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_file_reads_as_nothing(string damage)
    {
        SealedFile.Write(FilePath, "the content of a cache"u8, _key);
        var bytes = File.ReadAllBytes(FilePath);
        File.WriteAllBytes(FilePath, damage switch
        {
            "a byte of the content changed" => Flip(bytes, 3),
            "a byte of the seal changed" => Flip(bytes, bytes.Length - 1),
            "cut short" => bytes[..^1],
            "shorter than a seal" => bytes[..(SealedFile.SealSize - 1)],
            "empty" => [],
            _ => [.. bytes, 0],
        });
        Assert.Null(SealedFile.Read(FilePath, _key));
    }

    [Fact]
    public void A_file_sealed_under_another_key_or_by_a_plain_hash_reads_as_nothing()
    {
        SealedFile.Write(FilePath, "the content"u8, SealKey.Random());
        Assert.Null(SealedFile.Read(FilePath, _key));
        File.WriteAllBytes(FilePath, [.. "the content"u8, .. SHA256.HashData("the content"u8)]);
        Assert.Null(SealedFile.Read(FilePath, _key));
        File.WriteAllBytes(FilePath, [.. "the content"u8, .. HMACSHA256.HashData(new byte[SealKey.Size], "the content"u8)]);
        Assert.Null(SealedFile.Read(FilePath, _key));
    }

    [Fact]
    public void A_missing_file_or_one_over_the_size_limit_reads_as_nothing()
    {
        Assert.Null(SealedFile.Read(FilePath, _key));
        SealedFile.Write(FilePath, new byte[100], _key);
        Assert.Null(SealedFile.Read(FilePath, _key, maxBytes: 99));
        Assert.NotNull(SealedFile.Read(FilePath, _key, maxBytes: 100 + SealedFile.SealSize));
    }

    [Fact]
    public void The_key_is_made_once_in_its_own_folder_readable_by_its_user_only()
    {
        var folder = Path.Combine(_root, "home", ".cache", "khasite");
        var key = SealKey.In(folder);
        Assert.Equal(Path.Combine(folder, "build-key"), key.File);
        Assert.Equal(SealKey.Size, new FileInfo(key.File!).Length);
        Assert.Equal(["build-key"], Directory.GetFiles(folder).Select(Path.GetFileName));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.File!));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
        // Made once: a later use reads the same key, and what it sealed reads back.
        SealedFile.Write(FilePath, "sealed"u8, key);
        Assert.Equal("sealed"u8.ToArray(), SealedFile.Read(FilePath, SealKey.In(folder))?.ToArray());
    }

    [Fact]
    public async Task Uses_that_make_the_key_at_once_agree_on_one()
    {
        // A race is lost now and then: many rounds, so that a key made twice does not pass by luck.
        for (var round = 0; round < 40; round++)
        {
            var folder = Path.Combine(_root, "raced-" + round);
            using var start = new Barrier(8);
            var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return SealKey.In(folder);
            })));
            Assert.All(keys, key => Assert.Equal(keys[0].Bytes, key.Bytes));
            Assert.All(keys, key => Assert.NotNull(key.File));
            Assert.Equal(["build-key"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
    }

    [Fact]
    public async Task A_key_file_just_made_and_still_empty_is_waited_for_and_an_old_empty_one_is_no_key()
    {
        var folder = Path.Combine(_root, "being-written");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "build-key");
        File.WriteAllBytes(path, []);
        var key = new byte[SealKey.Size];
        key[0] = 42;
        var writer = Task.Run(async () =>
        {
            await Task.Delay(100);
            await File.WriteAllBytesAsync(path, key);
        });
        var read = SealKey.In(folder);
        await writer;
        Assert.Equal(path, read.File);
        Assert.Equal(key, read.Bytes);

        // Left empty by a process that stopped between making the file and writing it: no key, and no wait.
        File.WriteAllBytes(path, []);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(SealKey.In(folder).File);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"{clock.Elapsed}");
    }

    [Fact]
    public void Without_a_usable_folder_the_key_is_this_process_alone()
    {
        var notAFolder = Path.Combine(_root, "a-file");
        File.WriteAllText(notAFolder, "");
        var key = SealKey.In(notAFolder);
        Assert.Null(key.File);
        Assert.NotEqual(key.Bytes, SealKey.In(notAFolder).Bytes);
        Assert.Null(SealKey.In(null).File);
        // A key file of another length is no key: a damaged one is not used.
        var damaged = Path.Combine(_root, "damaged");
        Directory.CreateDirectory(damaged);
        File.WriteAllBytes(Path.Combine(damaged, "build-key"), new byte[5]);
        Assert.Null(SealKey.In(damaged).File);
    }

    [Fact]
    public void The_users_key_is_in_the_users_cache_folder_outside_the_repository()
    {
        Assert.NotNull(SealKey.User.File);
        var file = Path.GetFullPath(SealKey.User.File!);
        Assert.False(file.StartsWith(RepoPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal), file);
        Assert.Equal(Path.Combine(SealKey.UserCacheFolder()!, "build-key"), file);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x01;
        return copy;
    }
}
