namespace KhaSite.Model;

/// <summary>What a dataset's or a fact's numbers count (<c>unit:</c>).</summary>
public enum DatasetUnit
{
    Percent,
    People,
    Count,
}

/// <summary>How exact a value is, as its source says (<c>qualifier:</c>): "over 500", "nearly 3,000", "about 130".</summary>
public enum ValueQualifier
{
    Over,
    Nearly,
    About,
}

/// <summary>How a <c>```chart</c> embed draws its rows (<c>kind:</c>).</summary>
public enum ChartKind
{
    Bar,
    Line,
    Dot,
}

/// <summary>The info strings of fenced blocks that embed data in an article (<c>```timeline</c>, <c>```chart</c>).</summary>
public enum EmbedKind
{
    Timeline,
    Chart,
    Orgchart,
    Map,
}
