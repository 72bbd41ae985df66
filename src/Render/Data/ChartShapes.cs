namespace KhaSite.Render.Data;

/// <summary>
/// A chart as shapes for <c>theme/Components/Chart.razor</c>: one layout per screen width (the stylesheet shows the
/// one that fits its container), each with its own SVG coordinates, written as SVG numbers.
/// </summary>
public sealed record ChartView(string Title, string Description, IReadOnlyList<ChartLayout> Layouts);

/// <summary>
/// One drawing of a chart: <see cref="Fit"/> names the container widths it is for (<c>wide</c>, <c>narrow</c>);
/// <see cref="Id"/> prefixes its title and description ids. Shapes are drawn in the order of the lists, text last.
/// </summary>
public sealed record ChartLayout(
    string Fit,
    string Id,
    string ViewBox,
    string FontSize,
    IReadOnlyList<ChartLine> Lines,
    ChartPolyline? Polyline,
    IReadOnlyList<ChartRect> Rects,
    IReadOnlyList<ChartCircle> Circles,
    IReadOnlyList<ChartText> Texts);

public sealed record ChartLine(string Class, string X1, string Y1, string X2, string Y2);

public sealed record ChartPolyline(string Class, string Points);

public sealed record ChartRect(string Class, string X, string Y, string Width, string Height);

public sealed record ChartCircle(string Class, string Cx, string Cy, string R);

/// <summary>A label of one or more lines (a long label wraps; it is never cut), each line placed on its own.</summary>
public sealed record ChartText(string Class, string Anchor, IReadOnlyList<ChartTextLine> Lines);

public sealed record ChartTextLine(string X, string Y, string Text);
