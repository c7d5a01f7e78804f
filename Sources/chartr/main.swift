import ChartRender
#if canImport(Glibc)
import Glibc
#endif

// chartr: argument parsing -> one library call (renderChart) -> print -> exit code.
let outcome = CLI.run(Array(CommandLine.arguments.dropFirst()), environment: CLI.processEnvironment())
CLI.write(outcome.stdout, to: stdout)
CLI.write(outcome.stderr, to: stderr)
exit(outcome.code)
