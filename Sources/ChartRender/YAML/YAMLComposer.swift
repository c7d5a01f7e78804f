/// A node of the first document's tree (go-yaml v2 `node`).
struct YAMLNode {
    enum Kind: UInt8 { case scalar, mapping, sequence, alias }
    var kind: Kind
    /// For scalars: libyaml's `plain_implicit` (untagged plain, or tagged `!`).
    var implicit: Bool
    /// The full tag (`tag:yaml.org,2002:int`, `!foo`), "" when untagged.
    var tag: String
    /// Scalar text, or the anchor name of an alias.
    var value: String
    /// Children of collections (key, value, key, value... for mappings); an alias's target.
    var children: [Int]
}

/// go-yaml v2's `parser` wrapper (`decode.go`): reads events of the **first** document
/// only and builds its node tree, resolving aliases to the latest anchor of that name
/// (`unknown anchor 'x' referenced` otherwise). Iterative, so nesting depth is bounded
/// only by the scanner's limits.
struct YAMLComposer {
    var nodes: [YAMLNode] = []
    var root: Int? = nil
    /// Deepest collection nesting seen (to decide whether decoding needs a large stack).
    var maxDepth = 0
    var hasAliases = false

    static func composeFirstDocument(_ prepared: [UInt8]) throws -> YAMLComposer {
        var c = YAMLComposer()
        var parser = YAMLParser(prepared: prepared)
        _ = try parser.next() // STREAM-START
        let first = try parser.next()
        if first.kind != .documentStart { return c }
        var anchors: [[UInt8]: Int] = [:]
        var stack: [Int] = []
        c.nodes.reserveCapacity(prepared.count / 64)
        while true {
            let ev = try parser.next()
            var index = -1
            switch ev.kind {
            case .alias:
                guard let target = anchors[ev.anchor] else {
                    throw YAMLError(message: "yaml: unknown anchor '\(String(decoding: ev.anchor, as: UTF8.self))' referenced")
                }
                c.hasAliases = true
                index = c.nodes.count
                c.nodes.append(YAMLNode(kind: .alias, implicit: false, tag: "", value: String(decoding: ev.anchor, as: UTF8.self), children: [target]))
            case .scalar:
                index = c.nodes.count
                c.nodes.append(YAMLNode(kind: .scalar, implicit: ev.implicit, tag: ev.tag.isEmpty ? "" : String(decoding: ev.tag, as: UTF8.self),
                                        value: GoString.string(ev.value), children: []))
                if !ev.anchor.isEmpty { anchors[ev.anchor] = index }
            case .sequenceStart, .mappingStart:
                index = c.nodes.count
                c.nodes.append(YAMLNode(kind: ev.kind == .sequenceStart ? .sequence : .mapping, implicit: ev.implicit,
                                        tag: ev.tag.isEmpty ? "" : String(decoding: ev.tag, as: UTF8.self), value: "", children: []))
                if !ev.anchor.isEmpty { anchors[ev.anchor] = index }
            case .sequenceEnd, .mappingEnd:
                _ = stack.popLast()
                if stack.isEmpty {
                    _ = try parser.next() // DOCUMENT-END: go-yaml consumes it, which may scan on
                    return c
                }
                continue
            case .documentEnd, .streamEnd, .documentStart, .streamStart:
                return c
            }
            if let parent = stack.last {
                c.nodes[parent].children.append(index)
            } else {
                c.root = index
            }
            if ev.kind == .sequenceStart || ev.kind == .mappingStart {
                stack.append(index)
                if stack.count > c.maxDepth { c.maxDepth = stack.count }
            } else if stack.isEmpty {
                _ = try parser.next()
                return c
            }
        }
    }
}
