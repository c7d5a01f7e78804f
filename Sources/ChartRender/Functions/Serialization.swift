/// Helm's serialization functions (`pkg/engine/funcs.go`) and Sprig's JSON family, with
/// their Go signatures and Helm's in-band error results:
/// `toYaml`/`toJson` return "" on failure, `fromYaml`/`fromJson` return
/// `{"Error": "<message>"}`, `fromYamlArray`/`fromJsonArray` return `["<message>"]`,
/// `toToml` returns the error text, `toRawJson` panics (a template error), and every
/// `must*` form returns Go's error.
extension Functions {
    static let serialization: [String: Function] = {
        let any = GoType.interface
        let map = GoType.stringMap
        let slice = GoType.slice(.interface)
        var t: [String: Function] = [:]

        // MARK: YAML
        t["toYaml"] = Function(FunctionSignature([any], returns: .string)) { call in
            guard let s = try? YAML.marshal(call[0]) else { return .string("") }
            return .string(trimNewline(s))
        }
        t["mustToYaml"] = Function(FunctionSignature([any], returns: .string, throws: true)) { call in
            do { return .string(trimNewline(try YAML.marshal(call[0]))) } catch let e as YAMLError { throw FunctionError(e.message) }
        }
        t["toYamlPretty"] = Function(FunctionSignature([any], returns: .string)) { call in
            guard let s = try? YAML.marshalPretty(call[0]) else { return .string("") }
            return .string(trimNewline(s))
        }
        t["fromYaml"] = Function(FunctionSignature([.string], returns: map)) { call in
            do {
                return .map(try YAML.parseMap(GoString.bytes(call.string(0))), map)
            } catch let e as YAMLError {
                return .map(["Error": .string(e.message)], map)
            }
        }
        t["fromYamlArray"] = Function(FunctionSignature([.string], returns: slice)) { call in
            do {
                return .list(try parseArray(GoString.bytes(call.string(0))))
            } catch let e as YAMLError {
                return .list([.string(e.message)])
            }
        }

        // MARK: JSON
        let compact = JSON.Options()
        let pretty = JSON.Options(escapeHTML: true, indent: "  ")
        let raw = JSON.Options(escapeHTML: false)
        t["toJson"] = Function(FunctionSignature([any], returns: .string)) { call in
            .string((try? JSON.encode(call[0], compact)) ?? "")
        }
        t["mustToJson"] = Function(FunctionSignature([any], returns: .string, throws: true)) { call in
            do { return .string(try JSON.encode(call[0], compact)) } catch let e as YAMLError { throw FunctionError(e.message) }
        }
        t["toPrettyJson"] = Function(FunctionSignature([any], returns: .string)) { call in
            .string((try? JSON.encode(call[0], pretty)) ?? "")
        }
        t["mustToPrettyJson"] = Function(FunctionSignature([any], returns: .string, throws: true)) { call in
            do { return .string(try JSON.encode(call[0], pretty)) } catch let e as YAMLError { throw FunctionError(e.message) }
        }
        // Sprig's toRawJson panics on error; text/template turns the panic into a call error.
        t["toRawJson"] = Function(FunctionSignature([any], returns: .string)) { call in
            do { return .string(try JSON.encode(call[0], raw)) } catch let e as YAMLError { throw FunctionError(e.message) }
        }
        t["mustToRawJson"] = Function(FunctionSignature([any], returns: .string, throws: true)) { call in
            do { return .string(try JSON.encode(call[0], raw)) } catch let e as YAMLError { throw FunctionError(e.message) }
        }
        t["fromJson"] = Function(FunctionSignature([.string], returns: map)) { call in
            do {
                switch try JSON.decode(GoString.bytes(call.string(0))) {
                case .map(let m, _): return .map(m, map)
                case .null: return .map([:], map)
                case let other:
                    return .map(["Error": .string("json: cannot unmarshal \(YAML.jsonKind(other)) into Go value of type map[string]interface {}")], map)
                }
            } catch let e as YAMLError {
                return .map(["Error": .string(e.message)], map)
            }
        }
        t["fromJsonArray"] = Function(FunctionSignature([.string], returns: slice)) { call in
            do {
                switch try JSON.decode(GoString.bytes(call.string(0))) {
                case .list(let l, _): return .list(l)
                case .null: return .list([])
                case let other:
                    return .list([.string("json: cannot unmarshal \(YAML.jsonKind(other)) into Go value of type []interface {}")])
                }
            } catch let e as YAMLError {
                return .list([.string(e.message)])
            }
        }
        t["mustFromJson"] = Function(FunctionSignature([.string], returns: any, throws: true)) { call in
            do { return try JSON.decode(GoString.bytes(call.string(0))) } catch let e as YAMLError { throw FunctionError(e.message) }
        }

        // MARK: TOML
        t["toToml"] = Function(FunctionSignature([any], returns: .string)) { call in
            do { return .string(try TOML.encode(call[0])) } catch let e as YAMLError { return .string(e.message) }
        }
        t["mustToToml"] = Function(FunctionSignature([any], returns: .string, throws: true)) { call in
            do { return .string(try TOML.encode(call[0])) } catch let e as YAMLError { throw FunctionError(e.message) }
        }
        t["fromToml"] = Function(FunctionSignature([.string], returns: map)) { call in
            do {
                return .map(try TOML.decode(GoString.bytes(call.string(0))), map)
            } catch let e as YAMLError {
                return .map(["Error": .string(e.message)], map)
            }
        }
        return t
    }()

    /// `strings.TrimSuffix(s, "\n")`.
    static func trimNewline(_ s: String) -> String {
        s.hasSuffix("\n") ? String(s.dropLast()) : s
    }

    /// sigs.k8s.io/yaml.Unmarshal into `[]interface{}`: a null document gives an empty list.
    static func parseArray(_ bytes: [UInt8]) throws -> [Value] {
        switch try YAML.parse(bytes) {
        case .null: return []
        case .list(let l, _): return l
        case let other:
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(YAML.jsonKind(other)) into Go value of type []interface {}")
        }
    }
}
