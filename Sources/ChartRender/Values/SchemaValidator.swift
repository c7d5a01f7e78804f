import Foundation

/// One way the values fail a schema: where (a JSON pointer into the chart's values), why,
/// and the failures of subschemas that explain it (`allOf`, `anyOf`, `oneOf`).
public struct SchemaViolation: Sendable, Equatable {
    public var at: String
    public var message: String
    public var causes: [SchemaViolation] = []
}

/// The schema failures of one chart (or why its schema could not be loaded).
public struct ChartSchemaViolations: Sendable, Equatable {
    public var chart: String
    public var violations: [SchemaViolation]
    /// A `$ref`d document that could not be loaded: jsonschema's text, printed as is.
    public var loadFailure: String?

    /// `- at '/ptr': message` per violation, causes indented by two spaces.
    var lines: String {
        if let f = loadFailure { return f }
        var out = ""
        func emit(_ fs: [SchemaViolation], indent: String) {
            for f in fs {
                out += indent + "- at '" + f.at + "': " + f.message + "\n"
                emit(f.causes, indent: indent + "  ")
            }
        }
        emit(violations, indent: "")
        return out
    }
}

/// `values.schema.json` validation as Helm 4 does it (santhosh-tekuri/jsonschema v6):
/// each chart's schema checks that chart's coalesced values; failures read
/// `values don't meet the specifications of the schema(s) in the following chart(s):`
/// then `CHART:` and one `- at '/json/pointer': message` line per failure (nested causes
/// of `anyOf`/`allOf`/`oneOf` indented by two spaces).
///
/// Keywords: type, enum, const, numeric bounds, multipleOf, string lengths, pattern,
/// array sizes/uniqueness/items/prefixItems/additionalItems/contains, object sizes,
/// required, properties, patternProperties, additionalProperties, dependentRequired,
/// propertyNames, allOf, anyOf, oneOf, not, if/then/else and local `$ref`s.
/// `format` is not asserted (as in Helm). Properties are visited in sorted order (Helm's
/// own order is random when several properties fail).
public struct SchemaValidator {
    typealias Failure = SchemaViolation

    let root: Value
    static let maxDepth = 200
    /// chartr: schema evaluations per validation (a DAG of `$ref`s can be exponential).
    static let maxSteps = 1_000_000
    /// The URL Helm gives a chart's schema document.
    static let rootURL = "file:///values.schema.json"
    /// Mutable evaluation state: loaded documents, the scope stack for cycle checks.
    let state = State()

    /// What evaluation tracks beside the schema value.
    final class State {
        /// Documents by URL (without fragment): the chart's and any `file:` `$ref`s.
        var documents: [String: Value] = [:]
        /// (instance location, schema URL, keyword location) of each schema being evaluated.
        var scopes: [(at: String, url: String, kw: String)] = []
        var steps = 0
        var exhausted = false
    }

    /// Where a schema sits: its document, JSON pointer and keyword path from the root.
    struct Ctx {
        var doc: String
        var ptr: String
        var kw: String
        var url: String { doc + "#" + ptr }
        func child(_ suffix: String) -> Ctx { Ctx(doc: doc, ptr: ptr + suffix, kw: kw + suffix) }
    }

    /// Validates `values` against the schema text: the violations, or the reason the schema
    /// could not be loaded (a `$ref` that does not load).
    static func violations(schema bytes: [UInt8], values: [String: Value]) -> (violations: [SchemaViolation], loadFailure: String?) {
        guard let schema = try? JSON.decode(bytes) else { return ([], nil) }
        let v = SchemaValidator(root: schema)
        v.state.documents[rootURL] = schema
        // jsonschema v6 compiles (loads every `$ref`d document) before validating.
        if let failure = v.loadReferences(schema, base: rootURL, depth: 0) { return ([], failure) }
        let fails = v.check(.map(values), schema, at: "", depth: 0, ctx: Ctx(doc: rootURL, ptr: "", kw: ""))
        if v.state.exhausted {
            return ([SchemaViolation(at: "", message: "schema evaluation exceeded chartr's limit of \(maxSteps) steps")], nil)
        }
        return (fails, nil)
    }

    /// Validates `values` against the schema text; returns the error lines (empty when valid).
    public static func validate(schema bytes: [UInt8], values: [String: Value]) -> String {
        let r = violations(schema: bytes, values: values)
        return ChartSchemaViolations(chart: "", violations: r.violations, loadFailure: r.loadFailure).lines
    }

    /// Helm's `ValidateAgainstSchema` over a chart and its subcharts: each chart whose schema
    /// its values fail, in Helm's order (the chart, then its subcharts depth first).
    public static func violations(chart: Chart, values: [String: Value]) -> [ChartSchemaViolations] {
        var out: [ChartSchemaViolations] = []
        func walk(_ c: Chart, _ v: [String: Value], depth: Int) {
            if let s = c.schema {
                let r = violations(schema: s, values: v)
                if !r.violations.isEmpty || r.loadFailure != nil {
                    out.append(ChartSchemaViolations(chart: c.name, violations: r.violations, loadFailure: r.loadFailure))
                }
            }
            if depth > 64 { return }
            for d in c.dependencies {
                var sub: [String: Value] = [:]
                if case .map(let m, _)? = v[d.name] { sub = m.dictionary }
                walk(d, sub, depth: depth + 1)
            }
        }
        walk(chart, values, depth: 0)
        return out
    }

    /// Helm's message for `violations(chart:values:)`; nil when valid.
    public static func validate(chart: Chart, values: [String: Value]) -> String? {
        message(violations(chart: chart, values: values))
    }

    /// Helm's wording of schema failures, in one place.
    public static func message(_ charts: [ChartSchemaViolations]) -> String? {
        if charts.isEmpty { return nil }
        var sb = "values don't meet the specifications of the schema(s) in the following chart(s):\n"
        for c in charts { sb += c.chart + ":\n" + c.lines }
        return sb
    }

    // MARK: - Checking

    func check(_ v: Value, _ s: Value, at: String, depth: Int, ctx: Ctx) -> [Failure] {
        if depth > SchemaValidator.maxDepth || state.exhausted { return [] }
        state.steps += 1
        if state.steps > SchemaValidator.maxSteps { state.exhausted = true; return [] }
        // jsonschema v6: the same schema again on the same instance location is a cycle.
        var i = state.scopes.count - 1
        while i >= 0, state.scopes[i].at == at {
            if state.scopes[i].url == ctx.url {
                return [Failure(at: at, message: "both \(ctx.kw) and \(state.scopes[i].kw) resolve to \(GoQuote.quote(ctx.url)) causing reference cycle")]
            }
            i -= 1
        }
        state.scopes.append((at, ctx.url, ctx.kw))
        defer { state.scopes.removeLast() }
        if case .bool(let b) = s { return b ? [] : [Failure(at: at, message: "false schema")] }
        guard case .map(let sch, _) = s else { return [] }
        var fails: [Failure] = []
        if case .string(let ref)? = sch["$ref"], let (target, tctx) = resolve(ref, from: ctx) {
            fails += check(v, target, at: at, depth: depth + 1, ctx: tctx)
        }
        if let t = sch["type"] {
            let want: [String] = t.stringValue.map { [$0] } ?? (t.listItems ?? []).compactMap { $0.stringValue }
            if !want.isEmpty && !want.contains(where: { SchemaValidator.isType(v, $0) }) {
                // jsonschema v6 keeps types as a bit set and prints them in its fixed order.
                let order = ["null", "boolean", "number", "integer", "string", "array", "object"]
                let shown = order.filter { want.contains($0) } + want.filter { !order.contains($0) }
                fails.append(Failure(at: at, message: "got \(SchemaValidator.typeName(v)), want \(shown.joined(separator: " or "))"))
            }
        }
        if let c = sch["const"], !SchemaValidator.equal(v, c) {
            fails.append(Failure(at: at, message: "value must be \(SchemaValidator.display(c))"))
        }
        if case .list(let options, _)? = sch["enum"], !options.contains(where: { SchemaValidator.equal(v, $0) }) {
            let msg = options.count == 1 ? "value must be \(SchemaValidator.display(options[0]))"
                : "value must be one of " + options.map(SchemaValidator.display).joined(separator: ", ")
            fails.append(Failure(at: at, message: msg))
        }
        switch v {
        case .map(let m, _): fails += checkObject(m.dictionary, sch.dictionary, at: at, depth: depth, ctx: ctx)
        case .list(let l, _): fails += checkArray(l, sch.dictionary, at: at, depth: depth, ctx: ctx)
        case .string(let str): fails += checkString(str, sch.dictionary, at: at)
        default:
            if let n = SchemaValidator.number(v) { fails += checkNumber(n, sch.dictionary, at: at) }
        }
        if case .list(let subs, _)? = sch["allOf"] {
            var causes: [Failure] = []
            for (i, sub) in subs.enumerated() { causes += check(v, sub, at: at, depth: depth + 1, ctx: ctx.child("/allOf/\(i)")) }
            if !causes.isEmpty { fails.append(Failure(at: at, message: "'allOf' failed", causes: causes)) }
        }
        if case .list(let subs, _)? = sch["anyOf"] {
            var causes: [Failure] = []
            var ok = false
            for (i, sub) in subs.enumerated() {
                let r = check(v, sub, at: at, depth: depth + 1, ctx: ctx.child("/anyOf/\(i)"))
                if r.isEmpty { ok = true; break }
                causes += r
            }
            if !ok { fails.append(Failure(at: at, message: "'anyOf' failed", causes: causes)) }
        }
        if case .list(let subs, _)? = sch["oneOf"] {
            var matched: [Int] = []
            var causes: [Failure] = []
            for (i, sub) in subs.enumerated() {
                let r = check(v, sub, at: at, depth: depth + 1, ctx: ctx.child("/oneOf/\(i)"))
                if r.isEmpty { matched.append(i) } else { causes += r }
            }
            if matched.isEmpty {
                fails.append(Failure(at: at, message: "'oneOf' failed, none matched", causes: causes))
            } else if matched.count > 1 {
                fails.append(Failure(at: at, message: "'oneOf' failed, subschemas \(matched.map(String.init).joined(separator: ", ")) matched"))
            }
        }
        if let n = sch["not"], check(v, n, at: at, depth: depth + 1, ctx: ctx.child("/not")).isEmpty {
            fails.append(Failure(at: at, message: "'not' failed"))
        }
        if let cond = sch["if"] {
            if check(v, cond, at: at, depth: depth + 1, ctx: ctx.child("/if")).isEmpty {
                if let t = sch["then"] { fails += check(v, t, at: at, depth: depth + 1, ctx: ctx.child("/then")) }
            } else if let e = sch["else"] {
                fails += check(v, e, at: at, depth: depth + 1, ctx: ctx.child("/else"))
            }
        }
        return fails
    }

    func checkNumber(_ n: Double, _ sch: [String: Value], at: String) -> [Failure] {
        var f: [Failure] = []
        let g = SchemaValidator.formatNumber
        if let m = sch["minimum"].flatMap(SchemaValidator.number), n < m { f.append(Failure(at: at, message: "minimum: got \(g(n)), want \(g(m))")) }
        if let m = sch["maximum"].flatMap(SchemaValidator.number), n > m { f.append(Failure(at: at, message: "maximum: got \(g(n)), want \(g(m))")) }
        if let m = sch["exclusiveMinimum"].flatMap(SchemaValidator.number), n <= m { f.append(Failure(at: at, message: "exclusiveMinimum: got \(g(n)), want \(g(m))")) }
        if let m = sch["exclusiveMaximum"].flatMap(SchemaValidator.number), n >= m { f.append(Failure(at: at, message: "exclusiveMaximum: got \(g(n)), want \(g(m))")) }
        if let m = sch["multipleOf"].flatMap(SchemaValidator.number), m > 0 {
            let q = n / m
            if q != q.rounded() { f.append(Failure(at: at, message: "multipleOf: got \(g(n)), want \(g(m))")) }
        }
        return f
    }

    func checkString(_ s: String, _ sch: [String: Value], at: String) -> [Failure] {
        var f: [Failure] = []
        let len = s.unicodeScalars.count
        if let m = sch["minLength"].flatMap(SchemaValidator.number), Double(len) < m { f.append(Failure(at: at, message: "minLength: got \(len), want \(SchemaValidator.formatNumber(m))")) }
        if let m = sch["maxLength"].flatMap(SchemaValidator.number), Double(len) > m { f.append(Failure(at: at, message: "maxLength: got \(len), want \(SchemaValidator.formatNumber(m))")) }
        if case .string(let p)? = sch["pattern"], let re = try? GoRegexp(p), !re.matches(s) {
            f.append(Failure(at: at, message: "\(SchemaValidator.quote(s)) does not match pattern \(SchemaValidator.quote(p))"))
        }
        return f
    }

    func checkArray(_ l: [Value], _ sch: [String: Value], at: String, depth: Int, ctx: Ctx) -> [Failure] {
        var f: [Failure] = []
        if let m = sch["minItems"].flatMap(SchemaValidator.number), Double(l.count) < m { f.append(Failure(at: at, message: "minItems: got \(l.count), want \(SchemaValidator.formatNumber(m))")) }
        if let m = sch["maxItems"].flatMap(SchemaValidator.number), Double(l.count) > m { f.append(Failure(at: at, message: "maxItems: got \(l.count), want \(SchemaValidator.formatNumber(m))")) }
        if case .bool(true)? = sch["uniqueItems"] {
            outer: for i in 0..<l.count {
                for j in (i + 1)..<max(i + 1, l.count) where SchemaValidator.equal(l[i], l[j]) {
                    f.append(Failure(at: at, message: "items at \(i) and \(j) are equal"))
                    break outer
                }
            }
        }
        var start = 0
        if case .list(let prefix, _)? = sch["prefixItems"] ?? (sch["items"]?.listItems.map { .list($0) }) {
            let key = sch["prefixItems"] != nil ? "/prefixItems/" : "/items/"
            for (i, s) in prefix.enumerated() where i < l.count { f += check(l[i], s, at: at + "/\(i)", depth: depth + 1, ctx: ctx.child(key + "\(i)")) }
            start = prefix.count
            let extraKey = sch["additionalItems"] != nil ? "/additionalItems" : "/items"
            if let extra = sch["additionalItems"] ?? (sch["prefixItems"] != nil ? sch["items"] : nil) {
                for i in start..<max(start, l.count) { f += check(l[i], extra, at: at + "/\(i)", depth: depth + 1, ctx: ctx.child(extraKey)) }
            }
        } else if let items = sch["items"] {
            for (i, x) in l.enumerated() { f += check(x, items, at: at + "/\(i)", depth: depth + 1, ctx: ctx.child("/items")) }
        }
        if let c = sch["contains"], !l.enumerated().contains(where: { check($0.element, c, at: at + "/\($0.offset)", depth: depth + 1, ctx: ctx.child("/contains")).isEmpty }) {
            f.append(Failure(at: at, message: "no items match contains schema"))
        }
        return f
    }

    func checkObject(_ m: [String: Value], _ sch: [String: Value], at: String, depth: Int, ctx: Ctx) -> [Failure] {
        var f: [Failure] = []
        if let n = sch["minProperties"].flatMap(SchemaValidator.number), Double(m.count) < n { f.append(Failure(at: at, message: "minProperties: got \(m.count), want \(SchemaValidator.formatNumber(n))")) }
        if let n = sch["maxProperties"].flatMap(SchemaValidator.number), Double(m.count) > n { f.append(Failure(at: at, message: "maxProperties: got \(m.count), want \(SchemaValidator.formatNumber(n))")) }
        if case .list(let req, _)? = sch["required"] {
            let missing = req.compactMap { $0.stringValue }.filter { m[$0] == nil }
            if missing.count == 1 { f.append(Failure(at: at, message: "missing property \(SchemaValidator.quote(missing[0]))")) }
            else if missing.count > 1 { f.append(Failure(at: at, message: "missing properties " + missing.map(SchemaValidator.quote).joined(separator: ", "))) }
        }
        if case .map(let deps, _)? = sch["dependentRequired"] ?? sch["dependencies"] {
            for k in deps.goSortedKeys where m[k] != nil {
                if case .list(let need, _)? = deps[k] {
                    let missing = need.compactMap { $0.stringValue }.filter { m[$0] == nil }
                    if !missing.isEmpty {
                        f.append(Failure(at: at, message: "properties " + missing.map(SchemaValidator.quote).joined(separator: ", ") + " required, if \(SchemaValidator.quote(k)) exists"))
                    }
                } else if let depSchema = deps[k] {
                    let key = sch["dependentRequired"] != nil ? "/dependentRequired/" : "/dependencies/"
                    f += check(.map(m), depSchema, at: at, depth: depth + 1, ctx: ctx.child(key + SchemaValidator.escapePointer(k)))
                }
            }
        }
        let props = sch["properties"]?.mapEntries ?? [:]
        let patterns: [(GoRegexp, Value, String)] = (sch["patternProperties"]?.mapEntries ?? [:]).goSortedKeys.compactMap { k in
            guard let re = try? GoRegexp(k), let s = sch["patternProperties"]?[k] else { return nil }
            return (re, s, k)
        }
        var additional: [String] = []
        for k in m.goSortedKeys {
            guard let value = m[k] else { continue }
            let child = at + "/" + SchemaValidator.escapePointer(k)
            var matched = false
            let esc = SchemaValidator.escapePointer(k)
            if let ps = props[k] { matched = true; f += check(value, ps, at: child, depth: depth + 1, ctx: ctx.child("/properties/" + esc)) }
            for (re, ps, pk) in patterns where re.matches(k) {
                matched = true
                f += check(value, ps, at: child, depth: depth + 1, ctx: ctx.child("/patternProperties/" + SchemaValidator.escapePointer(pk)))
            }
            if !matched, let ap = sch["additionalProperties"] {
                if case .bool(false) = ap { additional.append(k) } else { f += check(value, ap, at: child, depth: depth + 1, ctx: ctx.child("/additionalProperties")) }
            }
            if let pn = sch["propertyNames"] { f += check(.string(k), pn, at: child, depth: depth + 1, ctx: ctx.child("/propertyNames")) }
        }
        if !additional.isEmpty {
            f.append(Failure(at: at, message: "additional properties " + additional.map(SchemaValidator.quote).joined(separator: ", ") + " not allowed"))
        }
        return f
    }

    // MARK: - Helpers

    /// A `$ref`: a fragment of the current document or of a document loaded by
    /// `loadReferences` (`file:` URLs only; chartr never uses the network).
    func resolve(_ ref: String, from ctx: Ctx) -> (Value, Ctx)? {
        let (doc, fragment) = SchemaValidator.splitRef(ref, base: ctx.doc)
        guard var cur = state.documents[doc] else { return nil }
        var ptr = ""
        for raw in fragment.split(separator: "/", omittingEmptySubsequences: true) {
            let key = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch cur {
            case .map(let m, _): guard let n = m[key] else { return nil }; cur = n
            case .list(let l, _): guard let i = Int(key), i >= 0, i < l.count else { return nil }; cur = l[i]
            default: return nil
            }
            ptr += "/" + raw
        }
        return (cur, Ctx(doc: doc, ptr: ptr, kw: ctx.kw + "/$ref"))
    }

    static func number(_ v: Value) -> Double? {
        switch v {
        case .float64(let d): return d
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .uint64(let i): return Double(i)
        case .intN(let i, _): return Double(i)
        default: return nil
        }
    }

    static func isType(_ v: Value, _ t: String) -> Bool {
        switch t {
        case "null": return v.isNull
        case "boolean": if case .bool = v { return true }; return false
        case "string": return v.stringValue != nil
        case "array": return v.listItems != nil
        case "object": return v.mapEntries != nil
        case "number": return number(v) != nil
        case "integer": if let d = number(v) { return d == d.rounded() && d.isFinite }; return false
        default: return false
        }
    }

    static func typeName(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .string: return "string"
        case .list: return "array"
        case .map: return "object"
        default: return number(v) != nil ? "number" : "object"
        }
    }

    /// JSON equality (numbers by value).
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if let x = number(a), let y = number(b) { return x == y }
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x, _), .list(let y, _)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.map(let x, _), .map(let y, _)):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { equal(v, $0) } ?? false }
        default: return false
        }
    }

    /// v6's `quote`: Go `%q` with single quotes.
    static func quote(_ s: String) -> String {
        var q = GoQuote.quote(s)
        q = String(q.dropFirst().dropLast())
        q = q.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "'", with: "\\'")
        return "'" + q + "'"
    }

    static func display(_ v: Value) -> String {
        switch v {
        case .string(let s): return quote(s)
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        default:
            if let n = number(v) { return formatNumber(n) }
            return "\(GoFmt.formatValue(v))"
        }
    }

    /// Numbers as golang.org/x/text's printer shows them: thousands grouped with commas.
    static func formatNumber(_ d: Double) -> String {
        var text = d == d.rounded() && Swift.abs(d) < 1e15 ? String(Int64(d)) : GoFloat.formatG(d)
        var neg = false
        if text.hasPrefix("-") { neg = true; text.removeFirst() }
        guard !text.contains("e") else { return (neg ? "-" : "") + text }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = Array(parts[0])
        var grouped = ""
        for (i, c) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        if parts.count > 1 { grouped += "." + parts[1] }
        return (neg ? "-" : "") + grouped
    }

    static func escapePointer(_ k: String) -> String {
        k.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
