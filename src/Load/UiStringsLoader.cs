using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

public static class UiStringsLoader
{
    /// <summary>Reads one language's strings; nested mappings become dotted keys (<c>nav: {home: …}</c> → <c>nav.home</c>).</summary>
    public static UiStrings Load(string path, string lang, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(path);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (!File.Exists(path) && !InputFile.IsLink(path))
        {
            diagnostics.Report(DiagnosticCode.MissingUiString, SourceLocation.StartOf(display), "no-file", new { lang });
            return new UiStrings(lang, texts);
        }
        var fields = new YamlFields(display, 1, diagnostics);
        // theme/i18n/<lang>.yml: the theme folder is two levels up.
        var text = InputFile.ReadText(path, Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, diagnostics);
        var mapping = text is null ? null : fields.Mapping(YamlText.Parse(text, display, 1, diagnostics), "an i18n file");
        if (mapping is not null) Flatten(mapping, "", fields, texts, locations);
        return new UiStrings(lang, texts, locations);
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, YamlFields fields, Dictionary<string, string> texts,
        Dictionary<string, SourceLocation> locations)
    {
        foreach (var (key, value) in fields.Entries(mapping))
        {
            var name = prefix + key.Value;
            if (value is YamlMappingNode nested) Flatten(nested, name + ".", fields, texts, locations);
            else if (fields.Scalar(value, name) is { } text)
            {
                texts[name] = text.Value;
                locations[name] = text.Location;
            }
        }
    }
}
