import Foundation

/// Where a user value came from: a values file (`-f`, `-` for standard input) or a flag
/// with its expression (`--set a=b`).
public enum ValuesSource: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case flag(String, String)

    public var description: String {
        switch self {
        case .file(let path): return path
        case .flag(let name, let expression): return name + " " + expression
        }
    }
}

/// User values that could not be read or parsed: the source, and Helm's message.
public struct ValuesFailure: Error, CustomStringConvertible {
    public let source: ValuesSource
    public let message: String
    init(_ source: ValuesSource, _ message: String) {
        self.source = source
        self.message = message
    }
    public var description: String { message }
}

/// The user-supplied values of one render (Helm's `values.Options`): `-f` files, then
/// `--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`, each kind in the
/// order given.
public struct ValueOptions {
    public var valueFiles: [String] = []
    public var jsonValues: [String] = []
    public var values: [String] = []
    public var stringValues: [String] = []
    public var fileValues: [String] = []
    public var literalValues: [String] = []
    /// Most bytes read from a device or pipe given to `-f`/`--set-file` (chartr's bound:
    /// Helm reads `/dev/zero` until memory runs out).
    public static let streamLimit = 128 << 20
    /// What `-f -` reads: standard input by default, as a stream of at most `streamLimit`
    /// bytes (`yes | chartr render CHART -f -` ends with an error instead of filling memory).
    public var readStdin: () throws -> [UInt8] = {
        do throws(SafeFile.Failure) {
            return try SafeFile.readStream(fd: 0, name: "-", limit: ValueOptions.streamLimit)
        } catch {
            throw RenderError(message: error.text)
        }
    }

    public init(valueFiles: [String] = [], jsonValues: [String] = [], values: [String] = [],
                stringValues: [String] = [], fileValues: [String] = [], literalValues: [String] = []) {
        self.valueFiles = valueFiles
        self.jsonValues = jsonValues
        self.values = values
        self.stringValues = stringValues
        self.fileValues = fileValues
        self.literalValues = literalValues
    }

    public var isEmpty: Bool {
        valueFiles.isEmpty && jsonValues.isEmpty && values.isEmpty && stringValues.isEmpty && fileValues.isEmpty && literalValues.isEmpty
    }

    /// Helm's `MergeValues`. Throws `ValuesFailure`, naming the file or flag, with Helm's text.
    public func merge() throws -> [String: Value] {
        var base: [String: Value] = [:]
        for path in valueFiles {
            let source = ValuesSource.file(path)
            let bytes: [UInt8]
            do { bytes = try readSource(path) } catch let e as RenderError { throw ValuesFailure(source, e.message) }
            let current: [String: Value]
            do { current = try YAML.loadValues(bytes) } catch let e as YAMLError {
                throw ValuesFailure(source, "failed to parse \(path): \(e.message)")
            }
            base = ValueOptions.mergeMaps(base, current)
        }
        for expr in jsonValues {
            let source = ValuesSource.flag("--set-json", expr)
            let trimmed = goTrimSpace(expr)
            if trimmed.hasPrefix("{") {
                guard case .map(let m, _)? = try? JSON.decode(Array(trimmed.utf8)) else {
                    throw ValuesFailure(source, "failed parsing --set-json data JSON: \(expr)")
                }
                base = ValueOptions.mergeMaps(base, m.dictionary)
            } else {
                do { try StrVals.parse(expr, mode: .json, into: &base) } catch {
                    throw ValuesFailure(source, "failed parsing --set-json data \(expr)")
                }
            }
        }
        let families: [([String], StrVals.Mode, String)] = [
            (values, .typed, "--set"), (stringValues, .string, "--set-string"),
            (fileValues, .file, "--set-file"), (literalValues, .literal, "--set-literal"),
        ]
        for (exprs, mode, flag) in families {
            for expr in exprs {
                do {
                    try StrVals.parse(expr, mode: mode, into: &base, readFile: { path in
                        let b = try self.readSource(path)
                        return .string(GoString.string(b))
                    })
                } catch let f as StrVals.Failure {
                    throw ValuesFailure(.flag(flag, expr), "failed parsing \(flag) data: \(f.message)")
                } catch let e as RenderError {
                    throw ValuesFailure(.flag(flag, expr), "failed parsing \(flag) data: \(e.message)")
                }
            }
        }
        return base
    }

    /// Helm's `readFile`: `-` is standard input, otherwise a local file.
    func readSource(_ path: String) throws -> [UInt8] {
        if goTrimSpace(path) == "-" { return try readStdin() }
        return try readLocalFile(path)
    }

    /// Helm's `mergeMaps`: `b` wins; maps merge recursively.
    public static func mergeMaps(_ a: [String: Value], _ b: [String: Value]) -> [String: Value] {
        var out = a
        for (k, v) in b {
            if case .map(let bm, _) = v, case .map(let am, _)? = out[k] {
                out[k] = .map(mergeMaps(am.dictionary, bm.dictionary))
            } else {
                out[k] = v
            }
        }
        return out
    }
}

/// Reads a values source (`-f`, `--set-file`) with Go's `os.ReadFile` error texts; devices
/// and pipes are read as streams of at most `ValueOptions.streamLimit` bytes.
func readLocalFile(_ path: String) throws -> [UInt8] {
    do {
        return try SafeFile.readUserFile(path, streamLimit: ValueOptions.streamLimit)
    } catch {
        throw RenderError(message: error.text)
    }
}
