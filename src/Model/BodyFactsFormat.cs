using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>
/// One <see cref="BodyFacts"/> entry of <see cref="BodyFactsCache"/> as bytes (a <see cref="BinaryWriter"/>'s: no
/// reflection, as the other build files). A place's file is written as a byte when it is the article's own or none
/// (citations count from the body): most places are one of those.
/// </summary>
internal static class BodyFactsFormat
{
    private enum PlaceFile : byte { None, Article, Other }

    private enum Cited : byte { Citation, Embed }

    public static void Write(Stream stream, BodyFacts facts, string displayPath)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(facts.TooDeep is not null);
        if (facts.TooDeep is { } deep) Write(writer, deep, displayPath);
        writer.Write(facts.TooManyHeadings);
        writer.Write(facts.Headings.Count);
        foreach (var heading in facts.Headings)
        {
            writer.Write(heading.Level);
            writer.Write(heading.Id);
            writer.Write(heading.Text);
        }
        writer.Write(facts.RawHtml.Count);
        foreach (var html in facts.RawHtml)
        {
            Write(writer, html.Location, displayPath);
            writer.Write(html.Html);
        }
        writer.Write(facts.Links.Count);
        foreach (var link in facts.Links)
        {
            writer.Write(link.Url);
            Write(writer, link.Location, displayPath);
            writer.Write(link.SpanStart);
        }
        writer.Write(facts.Images.Count);
        foreach (var image in facts.Images)
        {
            writer.Write(image.Url);
            writer.Write(image.Alt);
            writer.Write(image.StandsAlone);
            WriteOptional(writer, image.Caption);
            Write(writer, image.Location, displayPath);
            writer.Write(image.SpanStart);
        }
        writer.Write(facts.Cited.Count);
        foreach (var cited in facts.Cited)
        {
            writer.Write(cited.SpanStart);
            switch (cited)
            {
                case EmbedFact embed:
                    writer.Write((byte)Cited.Embed);
                    writer.Write(embed.Info);
                    writer.Write(embed.Line);
                    writer.Write(embed.Column);
                    writer.Write(embed.Text);
                    break;
                case CitationFact citation:
                    writer.Write((byte)Cited.Citation);
                    Write(writer, citation.Parsed, displayPath);
                    break;
            }
        }
    }

    /// <summary>The facts written at <paramref name="offset"/> of <paramref name="reader"/>'s stream, or null when the
    /// <paramref name="length"/> bytes there are not exactly one entry.</summary>
    public static BodyFacts? Read(BinaryReader reader, int offset, int length, ArticleFile file)
    {
        try
        {
            reader.BaseStream.Position = offset;
            var displayPath = file.DisplayPath;
            var tooDeep = reader.ReadBoolean() ? ReadPlace(reader, displayPath) : (SourceLocation?)null;
            var tooManyHeadings = reader.ReadBoolean();
            var headings = new Heading[Count(reader)];
            for (var i = 0; i < headings.Length; i++)
            {
                var level = reader.ReadInt32();
                if (level is < 1 or > 6) throw new InvalidDataException("heading level");
                headings[i] = new Heading(level, reader.ReadString(), reader.ReadString());
            }
            var rawHtml = new RawHtml[Count(reader)];
            for (var i = 0; i < rawHtml.Length; i++) rawHtml[i] = new RawHtml(ReadPlace(reader, displayPath), reader.ReadString());
            var links = new LinkFact[Count(reader)];
            for (var i = 0; i < links.Length; i++) links[i] = new LinkFact(reader.ReadString(), ReadPlace(reader, displayPath), reader.ReadInt32());
            var images = new ImageFact[Count(reader)];
            for (var i = 0; i < images.Length; i++)
                images[i] = new ImageFact(reader.ReadString(), reader.ReadString(), reader.ReadBoolean(), ReadOptional(reader),
                    ReadPlace(reader, displayPath), reader.ReadInt32());
            var cited = new CitedFact[Count(reader)];
            for (var i = 0; i < cited.Length; i++)
            {
                var spanStart = reader.ReadInt32();
                cited[i] = (Cited)reader.ReadByte() switch
                {
                    Cited.Embed => new EmbedFact(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), spanStart),
                    Cited.Citation => new CitationFact(ReadCitation(reader, displayPath), spanStart),
                    _ => throw new InvalidDataException("cited kind"),
                };
            }
            if (reader.BaseStream.Position != offset + length) return null;
            return new BodyFacts(tooDeep, tooManyHeadings, headings, rawHtml, links, images, cited);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException or IOException)
        {
            return null;
        }
    }

    /// <summary>A count of things that follow: not negative, and not more than the bytes left (a damaged count allocates nothing).</summary>
    public static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("count");
    }

    private static void Write(BinaryWriter writer, ParsedCitation citation, string displayPath)
    {
        writer.Write(citation.InText);
        writer.Write(citation.Items.Count);
        foreach (var item in citation.Items)
        {
            writer.Write(item.Key);
            WriteOptional(writer, item.Locator);
            Write(writer, item.KeyLocation, displayPath);
            WriteOptional(writer, item.Prefix);
            WriteOptional(writer, item.Suffix);
            writer.Write(item.SuppressAuthor);
        }
        writer.Write(citation.Problems.Count);
        foreach (var problem in citation.Problems)
        {
            Write(writer, problem.Location, displayPath);
            DiagnosticBinary.WriteText(writer, problem.Text);
        }
    }

    private static ParsedCitation ReadCitation(BinaryReader reader, string displayPath)
    {
        var inText = reader.ReadBoolean();
        var items = new CitationItem[Count(reader)];
        for (var i = 0; i < items.Length; i++)
            items[i] = new CitationItem(reader.ReadString(), ReadOptional(reader), ReadPlace(reader, displayPath))
            {
                Prefix = ReadOptional(reader),
                Suffix = ReadOptional(reader),
                SuppressAuthor = reader.ReadBoolean(),
            };
        var problems = new CitationProblem[Count(reader)];
        for (var i = 0; i < problems.Length; i++) problems[i] = new CitationProblem(ReadPlace(reader, displayPath), DiagnosticBinary.ReadText(reader));
        return new ParsedCitation(items, problems) { InText = inText };
    }

    private static void Write(BinaryWriter writer, SourceLocation location, string displayPath)
    {
        if (location.File.Length == 0) writer.Write((byte)PlaceFile.None);
        else if (location.File == displayPath) writer.Write((byte)PlaceFile.Article);
        else
        {
            writer.Write((byte)PlaceFile.Other);
            writer.Write(location.File);
        }
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadPlace(BinaryReader reader, string displayPath)
    {
        var file = (PlaceFile)reader.ReadByte() switch
        {
            PlaceFile.None => "",
            PlaceFile.Article => displayPath,
            PlaceFile.Other => reader.ReadString(),
            _ => throw new InvalidDataException("place"),
        };
        return new SourceLocation(file, reader.ReadInt32(), reader.ReadInt32());
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
