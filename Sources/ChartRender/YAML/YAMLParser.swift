/// Parser events (`yaml_event_type_t`).
enum YAMLEventKind: UInt8 {
    case streamStart, streamEnd, documentStart, documentEnd, alias, scalar
    case sequenceStart, sequenceEnd, mappingStart, mappingEnd
}

/// One parser event. For scalars `implicit` is libyaml's `plain_implicit` (an untagged
/// plain scalar, or one tagged `!`), which decides whether the value is type-resolved.
struct YAMLEvent {
    var kind: YAMLEventKind
    var start: YAMLMark
    var anchor: [UInt8] = []
    var tag: [UInt8] = []
    var value: [UInt8] = []
    var implicit = false
    var style: YAMLScalarStyle = .plain
    var flow = false
}

/// The libyaml LL(1) parser as go-yaml v2 (`parserc.go`) has it: a state machine over the
/// scanner's tokens producing events. Grammar (YAML 1.1):
///
///     stream   ::= STREAM-START implicit_document? explicit_document* STREAM-END
///     document ::= (VERSION-DIRECTIVE | TAG-DIRECTIVE)* DOCUMENT-START block_node? DOCUMENT-END?
///     node     ::= ALIAS | properties? (block_collection | flow_collection | SCALAR)
///     block_mapping  ::= BLOCK-MAPPING-START (KEY node? VALUE node?)* BLOCK-END
///     block_sequence ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY node?)* BLOCK-END
///     flow_sequence  ::= FLOW-SEQUENCE-START (entry (FLOW-ENTRY entry)* FLOW-ENTRY?)? FLOW-SEQUENCE-END
///     flow_mapping   ::= FLOW-MAPPING-START (entry (FLOW-ENTRY entry)* FLOW-ENTRY?)? FLOW-MAPPING-END
struct YAMLParser {
    private enum State {
        case streamStart, implicitDocumentStart, documentStart, documentContent, documentEnd
        case blockNode, blockNodeOrIndentlessSequence, flowNode
        case blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry, flowSequenceEntryMappingKey
        case flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue, end
    }

    private var scanner: YAMLScanner
    private var state: State = .streamStart
    private var states: [State] = []
    private var marks: [YAMLMark] = []
    private var tagDirectives: [(handle: [UInt8], prefix: [UInt8])] = []

    static let defaultTagDirectives: [(handle: [UInt8], prefix: [UInt8])] = [
        (Array("!".utf8), Array("!".utf8)),
        (Array("!!".utf8), Array("tag:yaml.org,2002:".utf8)),
    ]

    init(prepared: [UInt8]) {
        scanner = YAMLScanner(prepared: prepared)
    }

    var isDone: Bool { state == .end }

    private func parserError(_ problem: String, _ at: YAMLMark) -> YAMLSyntaxError {
        YAMLSyntaxError(isScanner: false, context: "", contextMark: YAMLMark(), problem: problem, problemMark: at)
    }

    private func parserError(_ context: String, _ contextMark: YAMLMark, _ problem: String, _ at: YAMLMark) -> YAMLSyntaxError {
        YAMLSyntaxError(isScanner: false, context: context, contextMark: contextMark, problem: problem, problemMark: at)
    }

    private mutating func popState() {
        state = states.popLast() ?? .end
    }

    /// The next event (`yaml_parser_parse`).
    mutating func next() throws -> YAMLEvent {
        switch state {
        case .streamStart: return try parseStreamStart()
        case .implicitDocumentStart: return try parseDocumentStart(implicit: true)
        case .documentStart: return try parseDocumentStart(implicit: false)
        case .documentContent: return try parseDocumentContent()
        case .documentEnd: return try parseDocumentEnd()
        case .blockNode: return try parseNode(block: true, indentlessSequence: false)
        case .blockNodeOrIndentlessSequence: return try parseNode(block: true, indentlessSequence: true)
        case .flowNode: return try parseNode(block: false, indentlessSequence: false)
        case .blockSequenceFirstEntry: return try parseBlockSequenceEntry(first: true)
        case .blockSequenceEntry: return try parseBlockSequenceEntry(first: false)
        case .indentlessSequenceEntry: return try parseIndentlessSequenceEntry()
        case .blockMappingFirstKey: return try parseBlockMappingKey(first: true)
        case .blockMappingKey: return try parseBlockMappingKey(first: false)
        case .blockMappingValue: return try parseBlockMappingValue()
        case .flowSequenceFirstEntry: return try parseFlowSequenceEntry(first: true)
        case .flowSequenceEntry: return try parseFlowSequenceEntry(first: false)
        case .flowSequenceEntryMappingKey: return try parseFlowSequenceEntryMappingKey()
        case .flowSequenceEntryMappingValue: return try parseFlowSequenceEntryMappingValue()
        case .flowSequenceEntryMappingEnd: return try parseFlowSequenceEntryMappingEnd()
        case .flowMappingFirstKey: return try parseFlowMappingKey(first: true)
        case .flowMappingKey: return try parseFlowMappingKey(first: false)
        case .flowMappingValue: return try parseFlowMappingValue(empty: false)
        case .flowMappingEmptyValue: return try parseFlowMappingValue(empty: true)
        case .end: return YAMLEvent(kind: .streamEnd, start: scanner.mark)
        }
    }

    private mutating func parseStreamStart() throws -> YAMLEvent {
        let token = try scanner.peek()
        if token.kind != .streamStart {
            throw parserError("did not find expected <stream-start>", token.start)
        }
        state = .implicitDocumentStart
        scanner.skipToken()
        return YAMLEvent(kind: .streamStart, start: token.start)
    }

    private mutating func parseDocumentStart(implicit: Bool) throws -> YAMLEvent {
        var token = try scanner.peek()
        if !implicit {
            while token.kind == .documentEnd {
                scanner.skipToken()
                token = try scanner.peek()
            }
        }
        if implicit && token.kind != .versionDirective && token.kind != .tagDirective
            && token.kind != .documentStart && token.kind != .streamEnd {
            try processDirectives()
            states.append(.documentEnd)
            state = .blockNode
            return YAMLEvent(kind: .documentStart, start: token.start, implicit: true)
        } else if token.kind != .streamEnd {
            try processDirectives()
            token = try scanner.peek()
            if token.kind != .documentStart {
                throw parserError("did not find expected <document start>", token.start)
            }
            states.append(.documentEnd)
            state = .documentContent
            scanner.skipToken()
            return YAMLEvent(kind: .documentStart, start: token.start)
        } else {
            state = .end
            scanner.skipToken()
            return YAMLEvent(kind: .streamEnd, start: token.start)
        }
    }

    private mutating func processDirectives() throws {
        var sawVersion = false
        var token = try scanner.peek()
        while token.kind == .versionDirective || token.kind == .tagDirective {
            if token.kind == .versionDirective {
                if sawVersion { throw parserError("found duplicate %YAML directive", token.start) }
                if token.major != 1 || token.minor != 1 {
                    throw parserError("found incompatible YAML document", token.start)
                }
                sawVersion = true
            } else {
                if tagDirectives.contains(where: { $0.handle == token.value }) {
                    throw parserError("found duplicate %TAG directive", token.start)
                }
                tagDirectives.append((token.value, token.suffix))
            }
            scanner.skipToken()
            token = try scanner.peek()
        }
        for d in YAMLParser.defaultTagDirectives where !tagDirectives.contains(where: { $0.handle == d.handle }) {
            tagDirectives.append(d)
        }
    }

    private mutating func parseDocumentContent() throws -> YAMLEvent {
        let token = try scanner.peek()
        switch token.kind {
        case .versionDirective, .tagDirective, .documentStart, .documentEnd, .streamEnd:
            popState()
            return emptyScalar(token.start)
        default:
            return try parseNode(block: true, indentlessSequence: false)
        }
    }

    private mutating func parseDocumentEnd() throws -> YAMLEvent {
        let token = try scanner.peek()
        if token.kind == .documentEnd {
            scanner.skipToken()
        }
        tagDirectives.removeAll()
        state = .documentStart
        return YAMLEvent(kind: .documentEnd, start: token.start)
    }

    private func emptyScalar(_ at: YAMLMark) -> YAMLEvent {
        YAMLEvent(kind: .scalar, start: at, implicit: true)
    }

    private mutating func parseNode(block: Bool, indentlessSequence: Bool) throws -> YAMLEvent {
        var token = try scanner.peek()
        if token.kind == .alias {
            popState()
            scanner.skipToken()
            return YAMLEvent(kind: .alias, start: token.start, anchor: token.value)
        }
        var start = token.start
        var anchor: [UInt8] = []
        var tagToken = false
        var tagHandle: [UInt8] = []
        var tagSuffix: [UInt8] = []
        var tagMark = YAMLMark()
        if token.kind == .anchor {
            anchor = token.value
            start = token.start
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind == .tag {
                tagToken = true
                tagHandle = token.value
                tagSuffix = token.suffix
                tagMark = token.start
                scanner.skipToken()
                token = try scanner.peek()
            }
        } else if token.kind == .tag {
            tagToken = true
            tagHandle = token.value
            tagSuffix = token.suffix
            start = token.start
            tagMark = token.start
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind == .anchor {
                anchor = token.value
                scanner.skipToken()
                token = try scanner.peek()
            }
        }
        var tag: [UInt8] = []
        if tagToken {
            if tagHandle.isEmpty {
                tag = tagSuffix
            } else {
                var found = false
                for d in tagDirectives where d.handle == tagHandle {
                    tag = d.prefix + tagSuffix
                    found = true
                    break
                }
                if !found || tag.isEmpty {
                    throw parserError("while parsing a node", start, "found undefined tag handle", tagMark)
                }
            }
        }
        let implicit = tag.isEmpty
        if indentlessSequence && token.kind == .blockEntry {
            state = .indentlessSequenceEntry
            return YAMLEvent(kind: .sequenceStart, start: start, anchor: anchor, tag: tag, implicit: implicit)
        }
        if token.kind == .scalar {
            let plainImplicit = (tag.isEmpty && token.style == .plain) || (tag.count == 1 && tag[0] == UInt8(ascii: "!"))
            popState()
            scanner.skipToken()
            return YAMLEvent(kind: .scalar, start: start, anchor: anchor, tag: tag, value: token.value,
                             implicit: plainImplicit, style: token.style)
        }
        if token.kind == .flowSequenceStart {
            state = .flowSequenceFirstEntry
            return YAMLEvent(kind: .sequenceStart, start: start, anchor: anchor, tag: tag, implicit: implicit, flow: true)
        }
        if token.kind == .flowMappingStart {
            state = .flowMappingFirstKey
            return YAMLEvent(kind: .mappingStart, start: start, anchor: anchor, tag: tag, implicit: implicit, flow: true)
        }
        if block && token.kind == .blockSequenceStart {
            state = .blockSequenceFirstEntry
            return YAMLEvent(kind: .sequenceStart, start: start, anchor: anchor, tag: tag, implicit: implicit)
        }
        if block && token.kind == .blockMappingStart {
            state = .blockMappingFirstKey
            return YAMLEvent(kind: .mappingStart, start: start, anchor: anchor, tag: tag, implicit: implicit)
        }
        if !anchor.isEmpty || !tag.isEmpty {
            popState()
            return YAMLEvent(kind: .scalar, start: start, anchor: anchor, tag: tag, implicit: implicit)
        }
        throw parserError(block ? "while parsing a block node" : "while parsing a flow node", start,
                          "did not find expected node content", token.start)
    }

    private mutating func parseBlockSequenceEntry(first: Bool) throws -> YAMLEvent {
        if first {
            let token = try scanner.peek()
            marks.append(token.start)
            scanner.skipToken()
        }
        var token = try scanner.peek()
        if token.kind == .blockEntry {
            let mark = token.end
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind != .blockEntry && token.kind != .blockEnd {
                states.append(.blockSequenceEntry)
                return try parseNode(block: true, indentlessSequence: false)
            }
            state = .blockSequenceEntry
            return emptyScalar(mark)
        }
        if token.kind == .blockEnd {
            popState()
            _ = marks.popLast()
            scanner.skipToken()
            return YAMLEvent(kind: .sequenceEnd, start: token.start)
        }
        let context = marks.popLast() ?? YAMLMark()
        throw parserError("while parsing a block collection", context, "did not find expected '-' indicator", token.start)
    }

    private mutating func parseIndentlessSequenceEntry() throws -> YAMLEvent {
        var token = try scanner.peek()
        if token.kind == .blockEntry {
            let mark = token.end
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind != .blockEntry && token.kind != .key && token.kind != .value && token.kind != .blockEnd {
                states.append(.indentlessSequenceEntry)
                return try parseNode(block: true, indentlessSequence: false)
            }
            state = .indentlessSequenceEntry
            return emptyScalar(mark)
        }
        popState()
        return YAMLEvent(kind: .sequenceEnd, start: token.start)
    }

    private mutating func parseBlockMappingKey(first: Bool) throws -> YAMLEvent {
        if first {
            let token = try scanner.peek()
            marks.append(token.start)
            scanner.skipToken()
        }
        var token = try scanner.peek()
        if token.kind == .key {
            let mark = token.end
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind != .key && token.kind != .value && token.kind != .blockEnd {
                states.append(.blockMappingValue)
                return try parseNode(block: true, indentlessSequence: true)
            }
            state = .blockMappingValue
            return emptyScalar(mark)
        }
        if token.kind == .blockEnd {
            popState()
            _ = marks.popLast()
            scanner.skipToken()
            return YAMLEvent(kind: .mappingEnd, start: token.start)
        }
        let context = marks.popLast() ?? YAMLMark()
        throw parserError("while parsing a block mapping", context, "did not find expected key", token.start)
    }

    private mutating func parseBlockMappingValue() throws -> YAMLEvent {
        var token = try scanner.peek()
        if token.kind == .value {
            let mark = token.end
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind != .key && token.kind != .value && token.kind != .blockEnd {
                states.append(.blockMappingKey)
                return try parseNode(block: true, indentlessSequence: true)
            }
            state = .blockMappingKey
            return emptyScalar(mark)
        }
        state = .blockMappingKey
        return emptyScalar(token.start)
    }

    private mutating func parseFlowSequenceEntry(first: Bool) throws -> YAMLEvent {
        if first {
            let token = try scanner.peek()
            marks.append(token.start)
            scanner.skipToken()
        }
        var token = try scanner.peek()
        if token.kind != .flowSequenceEnd {
            if !first {
                if token.kind == .flowEntry {
                    scanner.skipToken()
                    token = try scanner.peek()
                } else {
                    let context = marks.popLast() ?? YAMLMark()
                    throw parserError("while parsing a flow sequence", context, "did not find expected ',' or ']'", token.start)
                }
            }
            if token.kind == .key {
                state = .flowSequenceEntryMappingKey
                scanner.skipToken()
                return YAMLEvent(kind: .mappingStart, start: token.start, implicit: true, flow: true)
            } else if token.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntry)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        popState()
        _ = marks.popLast()
        scanner.skipToken()
        return YAMLEvent(kind: .sequenceEnd, start: token.start)
    }

    private mutating func parseFlowSequenceEntryMappingKey() throws -> YAMLEvent {
        let token = try scanner.peek()
        if token.kind != .value && token.kind != .flowEntry && token.kind != .flowSequenceEnd {
            states.append(.flowSequenceEntryMappingValue)
            return try parseNode(block: false, indentlessSequence: false)
        }
        let mark = token.end
        scanner.skipToken()
        state = .flowSequenceEntryMappingValue
        return emptyScalar(mark)
    }

    private mutating func parseFlowSequenceEntryMappingValue() throws -> YAMLEvent {
        var token = try scanner.peek()
        if token.kind == .value {
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind != .flowEntry && token.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntryMappingEnd)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        state = .flowSequenceEntryMappingEnd
        return emptyScalar(token.start)
    }

    private mutating func parseFlowSequenceEntryMappingEnd() throws -> YAMLEvent {
        let token = try scanner.peek()
        state = .flowSequenceEntry
        return YAMLEvent(kind: .mappingEnd, start: token.start)
    }

    private mutating func parseFlowMappingKey(first: Bool) throws -> YAMLEvent {
        if first {
            let token = try scanner.peek()
            marks.append(token.start)
            scanner.skipToken()
        }
        var token = try scanner.peek()
        if token.kind != .flowMappingEnd {
            if !first {
                if token.kind == .flowEntry {
                    scanner.skipToken()
                    token = try scanner.peek()
                } else {
                    let context = marks.popLast() ?? YAMLMark()
                    throw parserError("while parsing a flow mapping", context, "did not find expected ',' or '}'", token.start)
                }
            }
            if token.kind == .key {
                scanner.skipToken()
                token = try scanner.peek()
                if token.kind != .value && token.kind != .flowEntry && token.kind != .flowMappingEnd {
                    states.append(.flowMappingValue)
                    return try parseNode(block: false, indentlessSequence: false)
                }
                state = .flowMappingValue
                return emptyScalar(token.start)
            } else if token.kind != .flowMappingEnd {
                states.append(.flowMappingEmptyValue)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        popState()
        _ = marks.popLast()
        scanner.skipToken()
        return YAMLEvent(kind: .mappingEnd, start: token.start)
    }

    private mutating func parseFlowMappingValue(empty: Bool) throws -> YAMLEvent {
        var token = try scanner.peek()
        if empty {
            state = .flowMappingKey
            return emptyScalar(token.start)
        }
        if token.kind == .value {
            scanner.skipToken()
            token = try scanner.peek()
            if token.kind != .flowEntry && token.kind != .flowMappingEnd {
                states.append(.flowMappingKey)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        state = .flowMappingKey
        return emptyScalar(token.start)
    }
}
