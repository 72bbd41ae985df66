using System.CommandLine;
using KhaSite.Diagnostics;
using KhaSite.Safety;
using KhaSite.Write;

namespace KhaSite.Cli;

/// <summary>
/// The command line: <c>build</c>, <c>check</c>, <c>preview</c>, <c>new</c> and <c>translated</c>. Exit codes: 0 success,
/// 1 errors in the input, 2 bad usage or an internal error (one line <c>error KHA9999: …</c>; the stack trace only with <c>--verbose</c>).
/// </summary>
public static class KhaSiteCommandLine
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var input = new Option<string>("--input") { Description = "The encyclopedia's input folder", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "The theme folder (assets and UI strings); default theme/ when there is one, else the tool's own", DefaultValueFactory = _ => DefaultTheme.Folder() };
        var output = new Option<string>("--output") { Description = "Where the built site is written", DefaultValueFactory = _ => "output" };
        var format = new Option<string>("--format") { Description = "How diagnostics are printed: 'msbuild' (file(line,col): …) or 'github' (Actions annotations)", DefaultValueFactory = _ => "msbuild" };
        format.AcceptOnlyFromAmong("msbuild", "github");
        var language = new Option<string>("--lang") { Description = "The language of the diagnostics: 'en', 'kk', or 'site' for the site's default language (default: KHASITE_LANG, else the system's language, else en)", DefaultValueFactory = _ => DiagnosticLanguage.FromEnvironment() };
        language.AcceptOnlyFromAmong([.. DiagnosticLanguage.Supported, DiagnosticLanguage.Site]);
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an internal error (KHA9999)", Recursive = true };

        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (the site works without search)" };
        // Opt-in: the book of a large site costs minutes (issue 23's note), and a stranger's large article must not stall every build.
        var book = new Option<bool>("--book") { Description = "Also write each language's book (the all-in-one page and the EPUB)" };
        var pdf = new Option<bool>("--pdf") { Description = "Also write each language's book and print it to PDF with Chromium (skipped with a notice when it is not installed)" };
        var force = new Option<bool>("--force") { Description = "Build into an existing output folder that KhaSite did not write (its files are deleted)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything even when nothing changed since the last build into the output folder" };
        var build = new Command("build", "Build the site into the output folder") { input, theme, output, format, noSearch, book, pdf, force, noCache, language };
        build.SetAction((result, _) => BuildAsync(new BuildOptions(result.GetValue(input)!, result.GetValue(theme)!, OutputFolderGuard.ExpandHome(result.GetValue(output)!), Search: !result.GetValue(noSearch), Force: result.GetValue(force), KeepWhenUnchanged: !result.GetValue(noCache), Book: result.GetValue(book) || result.GetValue(pdf), Pdf: result.GetValue(pdf)),
            write: true, result.GetValue(format)!, result.GetValue(language)!));

        var check = new Command("check", "Check the input and report problems without writing anything") { input, theme, format, language };
        check.SetAction((result, _) => BuildAsync(new BuildOptions(result.GetValue(input)!, result.GetValue(theme)!, ""), write: false, result.GetValue(format)!, result.GetValue(language)!));

        var root = new RootCommand("KhaSite builds the bilingual encyclopedia of the Assembly of People of Kazakhstan.")
        {
            build, check, PreviewCommand.Create(input, theme), NewArticleCommand.Create(input, theme), TranslatedCommand.Create(input), InitCommand.Create(), verbose,
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"khasite: {error.Message}");
            Console.Error.WriteLine("Run 'dotnet run -- --help' for usage.");
            return BadUsage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Out.Flush();
            Console.Error.WriteLine(ProcessingException.Line(e, parsed.GetValue(language) ?? DiagnosticLanguage.English));
            if (parsed.GetValue(verbose)) Console.Error.WriteLine(e.ToString());
            return BadUsage;
        }
    }

    private static async Task<int> BuildAsync(BuildOptions options, bool write, string format, string language)
    {
        if (!Directory.Exists(options.InputDir))
        {
            Console.Error.WriteLine($"khasite: the input folder '{options.InputDir}' does not exist");
            return BadUsage;
        }
        var reporter = BuildReporter.Create(format, language);
        var stage = "Load";
        void Stage(string name)
        {
            stage = name;
            reporter.Stage(name);
        }
        BuildResult result;
        try
        {
            result = await reporter.RunAsync(() => SiteBuilder.BuildAsync(options, write, Stage));
        }
        catch (OutputFolderException e)
        {
            Console.Error.WriteLine($"khasite: {e.Message}");
            return BadUsage;
        }
        catch (Exception e) when (e is not (ProcessingException or OperationCanceledException))
        {
            throw new ProcessingException($"the {stage} stage", e);
        }
        reporter.Report(result, write ? options.OutputDir : null);
        // Said, not silently slow: without the user's key no cache this build wrote can be trusted by the next. Asked
        // only after the build, which made the key when it read a cache (a refused output reads none and makes none).
        if (write && options.KeepWhenUnchanged && SealKey.User.File is null)
            Console.Error.WriteLine($"khasite: no key for the build caches in '{SealKey.UserCacheFolder() ?? "(no cache folder: set HOME or KHASITE_CACHE_HOME)"}'; "
                + "every build does all the work (SECURITY.md)");
        return result.Succeeded ? Success : InputErrors;
    }
}
