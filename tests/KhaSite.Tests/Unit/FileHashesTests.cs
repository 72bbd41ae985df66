using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Write;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The build cache's parts: remembered file hashes (a file whose size and time did not change is not read again,
/// unless it changed in the instant it was hashed) and the stored diagnostics a kept build prints again.
/// </summary>
public sealed class FileHashesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("khasite-hashes-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Input => Path.Combine(_root, "input");

    private string Cache => Path.Combine(_root, "hashes.bin");

    private string Write(string name, string text, DateTime? modified = null)
    {
        var path = Path.Combine(Input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, modified ?? DateTime.UtcNow);
        return path;
    }

    private (string Fingerprint, int Read) Fingerprint()
    {
        var hashes = FileHashes.Load(Cache);
        var fingerprint = InputFingerprint.Of("options", hashes, Input);
        hashes.Save(Cache);
        return (fingerprint, hashes.Read);
    }

    [Fact]
    public void An_unchanged_file_is_read_once_and_the_fingerprint_stays_the_same()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        Write("a.md", "alpha", hourAgo);
        Write("sub/b.md", "beta", hourAgo);
        var first = Fingerprint();
        Assert.Equal(2, first.Read);
        var second = Fingerprint();
        Assert.Equal(0, second.Read);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(InputFingerprint.Of("options", Input), second.Fingerprint);
    }

    [Fact]
    public void A_changed_file_is_read_again_and_changes_the_fingerprint()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        Write("a.md", "alpha", hourAgo);
        Write("b.md", "beta", hourAgo);
        var first = Fingerprint();
        Write("b.md", "BETA", hourAgo.AddMinutes(1));
        var second = Fingerprint();
        Assert.Equal(1, second.Read);
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
        File.Delete(Path.Combine(Input, "a.md"));
        Assert.NotEqual(second.Fingerprint, Fingerprint().Fingerprint);
    }

    [Fact]
    public void A_file_changed_in_the_instant_it_was_hashed_is_hashed_again()
    {
        var now = DateTime.UtcNow;
        var path = Write("a.md", "alpha", now);
        var first = Fingerprint();
        // Same size, same time: only its bytes can tell, and a file this recent is not trusted to its time.
        File.WriteAllText(path, "ALPHA");
        File.SetLastWriteTimeUtc(path, now);
        var second = Fingerprint();
        Assert.Equal(1, second.Read);
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1600000000")]
    public void Dates_from_the_fingerprints_walk_are_the_files_own(string? sourceDateEpoch)
    {
        var old = Write("articles/a.en.md", "alpha", new DateTime(2021, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc));
        var recent = Write("data/timeline.yml", "events: []", new DateTime(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc));
        var outside = Path.Combine(_root, "outside.md");
        File.WriteAllText(outside, "not walked");
        File.SetLastWriteTimeUtc(outside, new DateTime(2019, 1, 1, 0, 0, 0, 500, DateTimeKind.Utc));
        var hashes = FileHashes.Load(Cache);
        InputFingerprint.Of("options", hashes, Input);
        var statted = new InputDates(GitHistory.Empty, Input, sourceDateEpoch);
        var walked = statted.Knowing(hashes);
        // The walk's times are used: a stat would now see the file's new time.
        File.SetLastWriteTimeUtc(old, new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(WithSecondsOnly(new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc), sourceDateEpoch), walked.Changed(old));
        Assert.Equal(walked.Changed(old), walked.Created(old));
        Assert.Equal(statted.Changed(recent), walked.Changed(recent));
        Assert.Equal(statted.Newest([old, recent]), walked.Newest([old, recent]));
        Assert.Equal(statted.Changed(outside), walked.Changed(outside));
    }

    private static DateTimeOffset WithSecondsOnly(DateTime time, string? sourceDateEpoch) =>
        sourceDateEpoch is null ? new DateTimeOffset(time) : DateTimeOffset.FromUnixTimeSeconds(long.Parse(sourceDateEpoch, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Stored_diagnostics_read_back_as_they_were_and_a_damaged_file_reads_as_none()
    {
        var text = DiagnosticText.Of("", new { key = "a\u202Eb", what = new Phrase("front matter"), choices = new Alternatives(["x", "y"]) });
        Diagnostic[] diagnostics =
        [
            new(DiagnosticCode.FigureWithoutData, new SourceLocation("articles/a.en.md", 3, 7), "a number\nnot held") { Text = text },
            new(DiagnosticCode.UncitedParagraph, SourceLocation.StartOf("articles/b.kk.md"), "plain"),
        ];
        var path = Path.Combine(_root, "build.diagnostics");
        var sha = StoredDiagnostics.Save(path, diagnostics);
        var read = StoredDiagnostics.Read(path, sha);
        Assert.NotNull(read);
        Assert.Equal(diagnostics, read);
        Assert.Null(StoredDiagnostics.Read(path, new string('0', 64)));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..20]);
        Assert.Null(StoredDiagnostics.Read(path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))));
    }
}
