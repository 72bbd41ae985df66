// Prints each failed test of the given .trx files with the first lines of its message, so that the end of CI's log
// (often all that is kept) names what failed.
const fs = require("fs");
const decode = s => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
for (const file of process.argv.slice(2)) {
  const xml = fs.readFileSync(file, "utf8");
  // A result with no output is one self-closing tag; without the first alternative, its match would run on to the next
  // result's closing tag and hide a failure that follows a pass.
  for (const match of xml.matchAll(/<UnitTestResult\b[^>]*?(?:\/>|>[\s\S]*?<\/UnitTestResult>)/g)) {
    const result = match[0];
    const outcome = /outcome="([^"]*)"/.exec(result)?.[1];
    if (outcome === "Passed" || outcome === "NotExecuted") continue;
    const name = decode(/testName="([^"]*)"/.exec(result)?.[1] ?? "?");
    const message = decode(/<Message>([\s\S]*?)<\/Message>/.exec(result)?.[1] ?? "").split("\n").slice(0, 6).join("\n    ");
    console.log(`FAILED ${name} (${outcome})\n    ${message}`);
  }
}
