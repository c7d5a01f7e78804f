import ChartrCLI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// chartr: arguments and environment -> CLI.run (the whole program, in ChartrCLI) ->
// bytes on stdout and stderr -> exit code.

/// Writes all of `bytes` to the file descriptor `fd` (1 stdout, 2 stderr), retrying short
/// writes and interrupted calls; stops quietly when the reader has gone (a closed pipe).
func writeAll(_ bytes: [UInt8], to fd: Int32) {
    bytes.withUnsafeBytes { buf in
        guard var p = buf.baseAddress else { return }
        var left = buf.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            p += n
            left -= n
        }
    }
}

let arguments = CommandLine.arguments
let outcome = CLI.run(Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                      program: CLI.programName(arguments.first))
writeAll(outcome.stdout, to: 1)
writeAll(outcome.stderr, to: 2)
exit(outcome.code)
