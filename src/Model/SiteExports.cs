using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KhaSite.Load;

namespace KhaSite.Model;

/// <summary>
/// What pages read of articles other than their own (the incremental build's keys, <c>Render/OutputKeys</c>): every
/// article version's front matter, title and summary, URL, headings, links, citations, images and git date, every
/// source's uses (its "cited by"), the glossary terms' articles, and the body of each article that is the prose of a
/// source page (translation states: <see cref="TranslationStates"/>, for the status pages only). An edit that changes none of these (a sentence in a body) changes only the pages of its own article. Computed from
/// the model, after Model has resolved it: anything a list, an index or another article shows of an article is here.
/// </summary>
/// <remarks>The leads of the feeds, the page previews, the sitemap and the other files besides pages are made again by
/// every build from the model; they need not be covered.</remarks>
public static class SiteExports
{
    public static string Of(SiteModel model)
    {
        // Each version's exports are hashed on their own, side by side, and the site's hash is of their digests in the
        // model's order: at 10,000 pages, a million short texts hashed on one thread were most of a one-edit build's Check.
        var versions = model.AllVersions.ToArray();
        var digests = new byte[versions.Length * KeyHash.DigestLength];
        Parallel.For(0, versions.Length, () => new KeyHash(), (i, _, versionHash) =>
        {
            Add(versionHash, model, versions[i]);
            versionHash.Digest(digests.AsSpan(i * KeyHash.DigestLength, KeyHash.DigestLength));
            return versionHash;
        }, _ => { });
        var hash = new KeyHash(1 << 16);
        hash.Add("khasite-exports-2");
        hash.Add(digests);
        foreach (var source in model.Bibliography.Entries.Values)
        {
            hash.Add("source", source.Record.Id.Value);
            foreach (var use in source.Uses)
                hash.Add(use.Kind.ToString(), use.Lang, use.CiterTitle, use.CiterPath, use.AnchorId, use.Locator ?? "\u0001");
        }
        foreach (var term in model.Glossary.Terms)
            hash.Add("term", term.Id, string.Join('\n', term.Articles.Select(a => a.Key)));
        return hash.Hex();
    }

    /// <summary>Each translation's state (up to date, outdated…), which only the translation status pages list of other
    /// articles: an edit to an original outdates its translations without changing any other page.</summary>
    public static string TranslationStates(SiteModel model)
    {
        var hash = new KeyHash();
        foreach (var status in TranslationStatus.All(model))
            hash.Add(status.Article.Key, status.Lang, status.State.ToString());
        return hash.Hex();
    }

    /// <summary>What the pages of one article are made from besides the whole site: each of its versions' file (its
    /// body and front matter) and dates; a version's page shows its partners' (the language switch, the translation notice).</summary>
    public static void AddOwnFiles(KeyHash hash, SiteModel model, Article article)
    {
        foreach (var version in article.Versions.Values)
        {
            hash.Add(version.Lang, version.File.FullPath, version.File.BodyHash);
            AddFrontMatter(hash, version.File.FrontMatter);
            var dates = model.Input.Dates;
            hash.Add(Time(dates.Created(version.File.FullPath)), Time(dates.Changed(version.File.FullPath)));
        }
    }

    private static void Add(KeyHash hash, SiteModel model, ArticleVersion version)
    {
        hash.Add("version", version.Article.Key, version.Lang, version.Path, version.File.FullPath, version.Title, version.Summary);
        AddFrontMatter(hash, version.File.FrontMatter);
        // A source's own article is the prose of its page: that page reads its body.
        if (version.DescribesSource) hash.Add("body", version.File.BodyHash);
        hash.Add(model.Input.History.LastChange(version.File.FullPath)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        hash.Add(version.TooDeep is null ? "-" : "deep", version.TooManyHeadings ? "many" : "-");
        foreach (var heading in version.Headings)
            hash.Add("h", heading.Level.ToString(CultureInfo.InvariantCulture), heading.Id, heading.Text);
        foreach (var link in version.Links)
            hash.Add("l", link.Written, link.TargetLang ?? "-", link.Target?.Path ?? "-", link.Anchor ?? "-", link.AnchorFound ? "1" : "0", link.InSeeAlso ? "1" : "0");
        foreach (var citation in version.Citations)
        {
            hash.Add("c", citation.InText ? "1" : "0");
            foreach (var item in citation.Items)
                hash.Add(item.Key, item.Locator ?? "-", item.Prefix ?? "-", item.Suffix ?? "-", item.SuppressAuthor ? "1" : "0");
        }
        foreach (var reference in version.References)
            hash.Add("r", reference.Number.ToString(CultureInfo.InvariantCulture), reference.Source.Record.Id.Value, reference.Marks.Count.ToString(CultureInfo.InvariantCulture));
        // Embeds and images in the order they stand, not by where (a character offset): words added above one change
        // no other page.
        foreach (var embed in version.Embeds.OrderBy(e => e.Key).Select(e => e.Value))
            hash.Add("e", embed.GetType().Name);
        foreach (var image in version.Images.OrderBy(e => e.Key).Select(e => e.Value))
            hash.Add("i", image.SitePath, image.Alt, image.Caption ?? "-",
                image.File.Header.Width.ToString(CultureInfo.InvariantCulture), image.File.Header.Height.ToString(CultureInfo.InvariantCulture));
    }

    private static void AddFrontMatter(KeyHash hash, FrontMatter front)
    {
        hash.Add("fm", front.Title?.Value ?? "\u0001", front.Summary?.Value ?? "\u0001", front.Category?.Value ?? "\u0001",
            front.TranslationOf?.Value ?? "\u0001", front.Readable ? "1" : "0", front.GlossaryLinks ? "1" : "0",
            front.Weight?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
        foreach (var tag in front.Tags) hash.Add("t", tag.Value);
        foreach (var entry in front.Infobox) hash.Add("x", entry.Key.Value, entry.Value.Value);
        foreach (var link in front.SeeAlso) hash.Add("s", link.Value);
        foreach (var alias in front.Aliases) hash.Add("a", alias.Value);
    }

    private static string Time(DateTimeOffset time) => time.UtcTicks.ToString(CultureInfo.InvariantCulture) + "/" + time.Offset.Ticks.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A SHA-256 of a sequence of texts, each ended by a NUL (so no two sequences hash alike by running together).</summary>
/// <remarks>Texts are gathered in a buffer and hashed a block at a time: the site's exports are a million short texts.
/// A key that fits the buffer (a page's, most parts') is hashed in one call, without an incremental hash: creating one
/// for each of 12,662 pages cost more than hashing their few hundred bytes.</remarks>
/// <param name="bufferSize">bytes gathered before they are hashed</param>
public sealed class KeyHash(int bufferSize = 1024)
{
    private IncrementalHash? _hash;
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _used;

    private IncrementalHash Incremental => _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The bytes of a <see cref="Digest"/>.</summary>
    public const int DigestLength = 32;

    /// <summary>Adds bytes as they are, not ended by a NUL (digests of a fixed length).</summary>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used) Flush();
        if (bytes.Length > _buffer.Length) Incremental.AppendData(bytes);
        else
        {
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }
    }

    public void Add(params ReadOnlySpan<string> texts)
    {
        foreach (var text in texts)
        {
            var most = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (most > _buffer.Length - _used) Flush();
            if (most > _buffer.Length)
            {
                Incremental.AppendData(Encoding.UTF8.GetBytes(text));
                Incremental.AppendData([0]);
                continue;
            }
            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
            _buffer[_used++] = 0;
        }
    }

    private void Flush()
    {
        if (_used == 0) return;
        Incremental.AppendData(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Writes the SHA-256 of what was added into <paramref name="destination"/> and starts again, empty.</summary>
    public void Digest(Span<byte> destination)
    {
        if (_hash is null) SHA256.HashData(_buffer.AsSpan(0, _used), destination);
        else
        {
            Flush();
            _hash.GetHashAndReset(destination);
        }
        _used = 0;
    }

    /// <summary>The <see cref="Digest"/> in lower-case hex; the incremental hash, if one was needed, is let go.</summary>
    public string Hex()
    {
        Span<byte> digest = stackalloc byte[DigestLength];
        Digest(digest);
        _hash?.Dispose();
        _hash = null;
        return Convert.ToHexStringLower(digest);
    }
}
