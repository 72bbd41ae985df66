using System.Text.RegularExpressions;

namespace KhaSite.Model.Facts;

/// <summary><c>[#id]</c> in a plain-text field (an infobox value), where no Markdown parser finds it.</summary>
public static partial class FigureReference
{
    [GeneratedRegex(@"\[#([a-z0-9:@-]+)\]")]
    public static partial Regex InText();
}
