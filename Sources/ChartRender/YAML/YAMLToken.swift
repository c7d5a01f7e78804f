/// A position in the input: character index, 0-based line and column (go-yaml's
/// `yaml_mark_t`). Columns and indices count characters, not bytes.
struct YAMLMark {
    var index = 0
    var line = 0
    var column = 0
}

/// Token kinds of the libyaml scanner (`yaml_token_type_t`).
enum YAMLTokenKind: UInt8 {
    case streamStart, streamEnd, versionDirective, tagDirective, documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value, alias, anchor, tag, scalar
}

/// Scalar presentation styles (`yaml_scalar_style_t`).
enum YAMLScalarStyle: UInt8 {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One scanner token. `value` holds scalar text, anchor/alias names, tag handles and
/// `%TAG` handles; `suffix` holds tag suffixes and `%TAG` prefixes.
struct YAMLToken {
    var kind: YAMLTokenKind
    var start: YAMLMark
    var end: YAMLMark
    var value: [UInt8] = []
    var suffix: [UInt8] = []
    var style: YAMLScalarStyle = .plain
    var major = 0
    var minor = 0
}

/// A scanner or parser failure with libyaml's fields; `message` lays it out the way
/// go-yaml v2's `parser.fail()` does (`line N: problem`, where N is the 0-based problem
/// line plus one for scanner errors, the raw 0-based line for parser errors, and the
/// context line when the problem is on line 0).
struct YAMLSyntaxError: Error {
    var isScanner: Bool
    var context: String
    var contextMark: YAMLMark
    var problem: String
    var problemMark: YAMLMark

    var message: String {
        var line = 0
        if problemMark.line != 0 {
            line = problemMark.line
            if isScanner { line += 1 }
        } else if contextMark.line != 0 {
            line = contextMark.line
        }
        let where_ = line != 0 ? "line \(line): " : ""
        return "yaml: " + where_ + (problem.isEmpty ? "unknown problem parsing YAML content" : problem)
    }
}
