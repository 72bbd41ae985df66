// Expands JSON-LD documents with the jsonld.js processor: reads a JSON array of documents on stdin, writes the array of
// their expanded forms (or {"error": message}) on stdout. Usage: node expand-jsonld.cjs <node_modules>
// The schema.org context is served offline as its vocabulary alone. Its published copy also aliases "type" to "@type"
// and "id" to "@id"; those aliases are left out on purpose, so that a block that writes "type" fails here as it fails
// in any consumer that does not fetch schema.org's own context.
const path = require("path");
const jsonld = require(path.join(process.argv[2], "jsonld"));
const schemaOrg = { "@context": { "@vocab": "https://schema.org/" } };
const documentLoader = async (url) => {
  if (url === "https://schema.org" || url === "https://schema.org/" || url === "http://schema.org" || url === "http://schema.org/")
    return { contextUrl: null, documentUrl: url, document: schemaOrg };
  throw new Error("no network: " + url);
};
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const results = [];
  for (const doc of JSON.parse(input)) {
    try {
      results.push(await jsonld.expand(doc, { documentLoader, safe: true }));
    } catch (e) {
      results.push({ error: String(e && e.message || e) + (e && e.details ? " " + JSON.stringify(e.details) : "") });
    }
  }
  process.stdout.write(JSON.stringify(results));
});
