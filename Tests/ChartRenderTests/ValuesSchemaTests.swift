import Testing
@testable import ChartRender

/// values.schema.json checks; expected lines recorded from Helm v4.2.3 (../shared/oracle).
@Suite struct ValuesSchemaTests {
    static let schema = #"""
    {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
     "definitions": {"port": {"type": "integer", "maximum": 65535}},
     "properties": {"p": {"$ref": "#/definitions/port"}, "a": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
      "o": {"oneOf": [{"type": "string"}, {"type": "string", "minLength": 1}]}, "al": {"allOf": [{"type": "string"}, {"minLength": 3}]},
      "n": {"not": {"type": "string"}}, "c": {"const": "x"}, "e1": {"enum": ["only"]}, "e2": {"enum": ["a", "b"]},
      "ml": {"type": "string", "maxLength": 2, "pattern": "^a"}, "arr": {"type": "array", "minItems": 2, "uniqueItems": true},
      "num": {"type": "number", "exclusiveMaximum": 5, "multipleOf": 2}, "t": {"type": ["integer", "null"]},
      "obj": {"type": "object", "additionalProperties": false, "properties": {"x": {"type": "boolean"}}},
      "req": {"type": "object", "required": ["name"]}}}
    """#

    @Test(arguments: [
        ("p=70000", "- at '/p': maximum: got 70,000, want 65,535\n"),
        ("p=abc", "- at '/p': got string, want integer\n"),
        ("a=1", "- at '/a': 'anyOf' failed\n  - at '/a': got number, want string\n  - at '/a': got number, want boolean\n"),
        ("o=x", "- at '/o': 'oneOf' failed, subschemas 0, 1 matched\n"),
        ("al=x", "- at '/al': 'allOf' failed\n  - at '/al': minLength: got 1, want 3\n"),
        ("n=x", "- at '/n': 'not' failed\n"),
        ("c=y", "- at '/c': value must be 'x'\n"),
        ("e1=z", "- at '/e1': value must be 'only'\n"),
        ("e2=z", "- at '/e2': value must be one of 'a', 'b'\n"),
        ("ml=bcd", "- at '/ml': maxLength: got 3, want 2\n- at '/ml': 'bcd' does not match pattern '^a'\n"),
        ("arr={1,1}", "- at '/arr': items at 0 and 1 are equal\n"),
        ("arr={1}", "- at '/arr': minItems: got 1, want 2\n"),
        ("num=5", "- at '/num': exclusiveMaximum: got 5, want 5\n- at '/num': multipleOf: got 5, want 2\n"),
        ("t=abc", "- at '/t': got string, want null or integer\n"),
        ("obj.y=1", "- at '/obj': additional properties 'y' not allowed\n"),
        ("req.x=1", "- at '/req': missing property 'name'\n"),
        ("p=80,t=null", ""),
    ])
    func schemaMessages(_ set: String, _ expected: String) throws {
        var values: [String: Value] = [:]
        try StrVals.parse(set, mode: .typed, into: &values)
        #expect(SchemaValidator.validate(schema: Array(Self.schema.utf8), values: values) == expected)
    }

    @Test func chartLevelMessage() {
        let c = Chart(metadata: ChartMetadata(name: "c1", version: "1.0.0"), schema: Array(#"{"required": ["name"]}"#.utf8))
        #expect(SchemaValidator.validate(chart: c, values: [:]) ==
            "values don't meet the specifications of the schema(s) in the following chart(s):\nc1:\n- at '': missing property 'name'\n")
        #expect(SchemaValidator.validate(chart: c, values: ["name": .string("x")]) == nil)
    }
}
