import ChartrCLI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// chartr: arguments and environment -> CLI.run (the whole program, in ChartrCLI) ->
// bytes on stdout and stderr -> exit code.

/// Writes `bytes` to `file` and flushes it.
func write(_ bytes: [UInt8], to file: UnsafeMutablePointer<FILE>) {
    if bytes.isEmpty { return }
    bytes.withUnsafeBytes { buf in _ = fwrite(buf.baseAddress, 1, buf.count, file) }
    fflush(file)
}

let arguments = CommandLine.arguments
let outcome = CLI.run(Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                      program: CLI.programName(arguments.first))
write(outcome.stdout, to: stdout)
write(outcome.stderr, to: stderr)
exit(outcome.code)
