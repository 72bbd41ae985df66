using System.CommandLine;

namespace KhaSite.Cli;

/// <summary>
/// <c>init &lt;folder&gt;</c>: writes a minimal bilingual site (site.yml, one article pair, a bibliography) that builds
/// without errors or warnings; the default theme comes with the tool (<see cref="DefaultTheme"/>).
/// </summary>
public static class InitCommand
{
    /// <summary>The template's files are embedded under this prefix (KhaSite.csproj, templates/new-site/).</summary>
    private const string Prefix = "KhaSite.Templates.NewSite/";

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder to create the site in (created when missing; must not hold an input/ folder)", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Create a new bilingual site (Kazakh and English) to start from") { folder };
        command.SetAction(result => Run(result.GetValue(folder)!));
        return command;
    }

    public static int Run(string folder)
    {
        var input = Path.Combine(folder, "input");
        if (Directory.Exists(input) || File.Exists(input))
        {
            Console.Error.WriteLine($"khasite: '{input}' already exists; init writes a new site into a folder without one");
            return KhaSiteCommandLine.BadUsage;
        }
        var assembly = typeof(InitCommand).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        foreach (var name in files)
        {
            var path = Path.Combine(folder, name[Prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(path);
            resource.CopyTo(file);
            Console.WriteLine($"khasite: wrote {Path.GetRelativePath(folder, path).Replace('\\', '/')}");
        }
        Console.WriteLine($"khasite: a new site is in '{folder}'; build it there with 'khasite build' (or 'khasite preview')");
        return KhaSiteCommandLine.Success;
    }
}

/// <summary>
/// The theme a build uses when <c>--theme</c> is not given: <c>theme/</c> of the current folder when there is one (this
/// repository, or a site with a theme of its own), else the default theme installed beside the tool.
/// </summary>
public static class DefaultTheme
{
    public static string Folder() =>
        Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}
