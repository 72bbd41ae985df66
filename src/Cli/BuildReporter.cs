using System.Globalization;
using System.Text;
using KhaSite.Diagnostics;
using Spectre.Console;

namespace KhaSite.Cli;

/// <summary>
/// Prints a build's progress, diagnostics and summary: with Spectre.Console in a terminal, as plain lines
/// when the output is redirected or <c>CI</c> is set (so logs stay greppable).
/// </summary>
public abstract class BuildReporter
{
    /// <param name="language">the language of the diagnostics (<see cref="DiagnosticLanguage"/>)</param>
    public static BuildReporter Create(string format, string language = DiagnosticLanguage.English)
    {
        var plain = Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        BuildReporter reporter = plain ? new PlainReporter(format) : new TerminalReporter(format);
        reporter.Language = language;
        return reporter;
    }

    private string Language { get; set; } = DiagnosticLanguage.English;

    private string _shownLanguage = DiagnosticLanguage.English;

    private (string Repository, string Branch)? _docs;

    /// <summary>Resolves <c>--lang site</c> to the site's default language, and finds where the docs are published (for annotations' links).</summary>
    protected void Prepare(BuildResult result)
    {
        var site = result.Site;
        _shownLanguage = Language != DiagnosticLanguage.Site ? Language
            : DiagnosticLanguage.Known(site?.DefaultLanguage ?? "") ?? DiagnosticLanguage.English;
        _docs = site?.Repository is { } repository ? (repository, site.Branch) : null;
    }

    protected BuildReporter(string format) => Format = format;

    protected string Format { get; }

    public abstract void Stage(string name);

    public virtual Task<BuildResult> RunAsync(Func<Task<BuildResult>> build) => build();

    public abstract void Report(BuildResult result, string? outputDir);

    protected string Line(Diagnostic d)
    {
        var shown = DiagnosticLanguage.In(d, _shownLanguage);
        return Format == "github" ? GitHubAnnotation.Format(shown, _docs is { } docs ? GitHubAnnotation.DocsLink(docs.Repository, docs.Branch, d.Code) : null) : shown.ToString();
    }

    protected static string Pages(BuildResult result) =>
        string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key}: {p.Value}"));

    /// <summary>The most diagnostics of one code printed for one file (a 4 MiB file could otherwise print 100,000s of lines).</summary>
    public const int MaxPerFileAndCode = 100;

    /// <summary>The diagnostics to print: past <see cref="MaxPerFileAndCode"/> of a code in a file, one line says how many more there are.</summary>
    protected static IEnumerable<Diagnostic> Shown(IReadOnlyList<Diagnostic> all)
    {
        var totals = all.CountBy(d => (d.Location.File, d.Code.Number)).ToDictionary(p => p.Key, p => p.Value);
        var seen = new Dictionary<(string, int), int>();
        foreach (var d in all)
        {
            var key = (d.Location.File, d.Code.Number);
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (n <= MaxPerFileAndCode) yield return d;
            else if (n == MaxPerFileAndCode + 1)
            {
                var more = DiagnosticText.Of("more-not-shown", new { count = totals[key] - MaxPerFileAndCode, code = d.Code.Id });
                yield return d with { Message = DiagnosticCatalog.Render(d.Code, more, DiagnosticLanguage.English), Text = more };
            }
        }
    }

    protected static double Seconds(BuildResult result) => result.Stages.Sum(s => s.Time.TotalSeconds);

    private sealed class PlainReporter(string format) : BuildReporter(format)
    {
        public override void Stage(string name) { }

        public override void Report(BuildResult result, string? outputDir)
        {
            Prepare(result);
            // In blocks, not line by line: the console writes through at every call, and a large site has 10,000s of lines.
            var lines = new StringBuilder();
            foreach (var d in Shown(result.Diagnostics))
            {
                lines.Append(Line(d)).Append(Console.Out.NewLine);
                if (lines.Length < 1 << 16) continue;
                Console.Out.Write(lines.ToString());
                lines.Clear();
            }
            Console.Out.Write(lines.ToString());
            foreach (var note in result.Notes ?? []) Console.WriteLine("khasite: " + note);
            var outcome = !result.Succeeded ? "failed" : outputDir is null ? "checked" : $"built into {outputDir}/";
            Console.WriteLine($"khasite: {outcome}: articles ({Pages(result)}), {result.FilesWritten} files, " +
                $"{result.Errors} error(s), {result.Warnings} warning(s) in {Seconds(result).ToString("0.00", CultureInfo.InvariantCulture)} s");
            Console.WriteLine("khasite: stages: " + string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms")));
            if (result.Pages != (0, 0)) Console.WriteLine($"khasite: pages: {result.Pages.Rendered} rendered, {result.Pages.Kept} kept from the last build");
            if (result.Articles != (0, 0)) Console.WriteLine($"khasite: checks: {result.Articles.Checked} articles checked, {result.Articles.Replayed} replayed from the last build");
            Console.WriteLine($"khasite: memory: {(GC.GetTotalAllocatedBytes() / 1e6).ToString("0", CultureInfo.InvariantCulture)} MB allocated, collections gen0 {GC.CollectionCount(0)}, " +
                $"gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            // How much start-up compiled at run time: a few hundred methods with ReadyToRun, thousands without (docs/performance.md).
            Console.WriteLine($"khasite: jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in " +
                $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        }
    }

    private sealed class TerminalReporter(string format) : BuildReporter(format)
    {
        private StatusContext? _status;

        public override void Stage(string name) => _status?.Status($"{name}…");

        public override async Task<BuildResult> RunAsync(Func<Task<BuildResult>> build)
        {
            BuildResult? result = null;
            await AnsiConsole.Status().StartAsync("Starting…", async context =>
            {
                _status = context;
                result = await build();
            });
            return result!;
        }

        public override void Report(BuildResult result, string? outputDir)
        {
            Prepare(result);
            foreach (var d in Shown(result.Diagnostics))
                AnsiConsole.MarkupLine(d.Severity == Severity.Error ? $"[red]{Markup.Escape(Line(d))}[/]" : $"[yellow]{Markup.Escape(Line(d))}[/]");
            foreach (var note in result.Notes ?? []) AnsiConsole.MarkupLine(Markup.Escape(note));
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Stage").AddColumn(new TableColumn("Time").RightAligned());
            foreach (var (stage, time) in result.Stages) table.AddRow(stage, $"{time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            AnsiConsole.Write(table);
            var outcome = !result.Succeeded ? "[red]Build failed[/]" : outputDir is null ? "[green]Checked[/]" : $"[green]Built[/] into {Markup.Escape(outputDir)}/";
            AnsiConsole.MarkupLine($"{outcome}: articles ({Markup.Escape(Pages(result))}), {result.FilesWritten} files, " +
                $"[red]{result.Errors}[/] error(s), [yellow]{result.Warnings}[/] warning(s) in {Seconds(result).ToString("0.00", CultureInfo.InvariantCulture)} s");
        }
    }
}
