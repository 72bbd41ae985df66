namespace KhaSite.Tests.Support;

/// <summary>Finds the repository (the folder with KhaSite.csproj) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KhaSite.csproj"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KhaSite.csproj not found above " + AppContext.BaseDirectory);
    }
}
