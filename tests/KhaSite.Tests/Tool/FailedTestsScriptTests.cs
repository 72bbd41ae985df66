using KhaSite.Tests.Support;

namespace KhaSite.Tests.Tool;

/// <summary>
/// <c>.ci/failed-tests.js</c>, which names each failed test at the end of CI's log (often all of the log that is kept):
/// read against a results file shaped as <c>dotnet test</c> writes it, where a result with no output is one
/// self-closing tag.
/// </summary>
public sealed class FailedTestsScriptTests
{
    private const string Results = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult executionId="1" testName="Quiet.Pass(path: &quot;/a/b&quot;)" outcome="Passed" relativeResultsDirectory="1" />
            <UnitTestResult executionId="2" testName="Loud.Fail(lang: &quot;kk&quot;)" outcome="Failed">
              <Output>
                <ErrorInfo>
                  <Message>Assert.Equal() Failure: 1 &lt; 2
        second line</Message>
                </ErrorInfo>
              </Output>
            </UnitTestResult>
            <UnitTestResult executionId="3" testName="Quiet.Skip" outcome="NotExecuted" />
            <UnitTestResult executionId="4" testName="Chatty.Pass" outcome="Passed">
              <Output><StdOut>fine</StdOut></Output>
            </UnitTestResult>
            <UnitTestResult executionId="5" testName="Quiet.Timeout" outcome="Timeout" />
          </Results>
        </TestRun>
        """;

    [VerifyFact(Needs.Node)]
    public async Task Each_failed_test_is_named_with_its_message_even_after_a_pass_that_printed_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("khasite-trx-");
        try
        {
            var trx = Path.Combine(dir.FullName, "run.trx");
            File.WriteAllText(trx, Results);
            var printed = await ProgramRun.Async(dir.FullName, Tools.NodePath!, [Path.Combine(RepoPaths.Root, ".ci", "failed-tests.js"), trx], TimeSpan.FromSeconds(30));

            var lines = printed.Split('\n');
            Assert.Equal(["FAILED Loud.Fail(lang: \"kk\") (Failed)", "FAILED Quiet.Timeout (Timeout)"], lines.Where(l => l.StartsWith("FAILED", StringComparison.Ordinal)));
            Assert.Contains("Assert.Equal() Failure: 1 < 2", printed, StringComparison.Ordinal);
            Assert.DoesNotContain("Pass", printed, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
