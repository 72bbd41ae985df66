using KhaSite.Write;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The output listing of the build stamp tells a folder left as the build left it from one changed by hand, by a stat
/// of each listed path (no walk): an added, removed, changed or replaced entry is seen, also where file times are
/// whole seconds and the change came within the same second.
/// </summary>
public sealed class OutputListingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("khasite-listing-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "out");

    private string At(string path) => Path.Combine(Site, path);

    private void MakeSite()
    {
        Directory.CreateDirectory(At("en/a"));
        File.WriteAllText(At("index.html"), "home");
        File.WriteAllText(At("en/a/index.html"), "article");
    }

    [Fact]
    public void An_untouched_folder_still_holds_and_every_kind_of_change_is_seen()
    {
        string[] changes = ["added file", "added folder", "removed file", "changed file", "same size, new time", "file became folder"];
        foreach (var change in changes)
        {
            if (Directory.Exists(Site)) Directory.Delete(Site, recursive: true);
            MakeSite();
            var listing = Read(OutputListing.Take(Site));
            Assert.True(listing.StillHolds(Site), "an untouched folder holds");
            switch (change)
            {
                case "added file": File.WriteAllText(At("en/a/extra.html"), "x"); break;
                case "added folder": Directory.CreateDirectory(At("en/b")); break;
                case "removed file": File.Delete(At("en/a/index.html")); break;
                case "changed file": File.AppendAllText(At("index.html"), "!"); break;
                case "same size, new time": File.SetLastWriteTimeUtc(At("index.html"), File.GetLastWriteTimeUtc(At("index.html")).AddSeconds(-5)); break;
                case "file became folder":
                    File.Delete(At("en/a/index.html"));
                    Directory.CreateDirectory(At("en/a/index.html"));
                    break;
            }
            Assert.False(listing.StillHolds(Site), $"{change} should be seen");
        }
    }

    [Fact]
    public void A_file_added_within_the_second_of_a_folder_whose_time_is_whole_seconds_is_seen()
    {
        MakeSite();
        var folder = At("en/a");
        var second = new DateTime(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        Directory.SetLastWriteTimeUtc(folder, second);
        var listing = OutputListing.Take(Site);
        File.WriteAllText(Path.Combine(folder, "extra.html"), "x");
        Directory.SetLastWriteTimeUtc(folder, second); // what a file system with whole-second times would show
        Assert.False(listing.StillHolds(Site));
    }

    [Fact]
    public void A_listing_of_no_folder_holds_while_there_is_none() =>
        Assert.True(OutputListing.Take(Site).StillHolds(Site));

    [Theory]
    [InlineData("none")]
    [InlineData("replaced file")]
    [InlineData("added file")]
    [InlineData("removed folder")]
    public void A_listing_updated_after_a_publish_is_the_walk_of_the_folder_and_sees_every_later_change(string later)
    {
        MakeSite();
        var before = Read(OutputListing.Take(Site));
        // What a publish does: a file replaced, a file added in a new folder, a file removed and its folder emptied.
        File.Delete(At("index.html"));
        File.WriteAllText(At("index.html"), "new home");
        Directory.CreateDirectory(At("en/b"));
        File.WriteAllText(At("en/b/index.html"), "new article");
        File.Delete(At("en/a/index.html"));
        Directory.Delete(At("en/a"));

        var after = Read(before.After(Site, ["index.html", "en/b/index.html"], ["en/a/index.html"], ["en/a"]));
        Assert.True(after.StillHolds(Site));
        Assert.Equal(OutputListing.Take(Site).Files().Order(StringComparer.Ordinal), after.Files().Order(StringComparer.Ordinal));
        switch (later)
        {
            case "replaced file": File.AppendAllText(At("index.html"), "!"); break;
            case "added file": File.AppendAllText(At("en/b/index.html"), "!"); break;
            case "removed folder": Directory.CreateDirectory(At("en/a")); break;
            default: return;
        }
        Assert.False(after.StillHolds(Site), later);
    }

    /// <summary>The listing as the next build reads it back from the stamp.</summary>
    private static OutputListing Read(OutputListing listing)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) listing.Write(writer);
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        return OutputListing.Read(reader);
    }
}
