/// User values for `PrepareOptions.values`, from data, YAML text or `--set`-style strings.
/// Each source gives a `[String: Value]`; `merge` layers them as Helm layers `-f` files
/// (later wins, maps merge key by key).
///
///     let values = UserValues.merge(try UserValues.yaml("replicaCount: 3"),
///                                   try UserValues.set(["image.tag=v2"]))
public enum UserValues {
    /// A values document in YAML (or JSON), as a `-f` file gives it.
    public static func yaml(_ text: String, name: String = "values") throws -> [String: Value] {
        do { return try YAML.loadValues(GoString.bytes(text)) } catch let e as YAMLError {
            throw RenderFailure(.values(.file(name)), "failed to parse \(name): \(e.message)")
        }
    }

    /// `--set`, `--set-string` and `--set-json` expressions, in Helm's order of kinds.
    public static func set(_ set: [String], string: [String] = [], json: [String] = []) throws -> [String: Value] {
        let options = ValueOptions(jsonValues: json, values: set, stringValues: string)
        do { return try options.merge() } catch let e as ValuesFailure { throw RenderFailure(.values(e.source), e.message) }
    }

    /// Helm's `mergeMaps`: `b` wins; maps merge recursively.
    public static func merge(_ a: [String: Value], _ b: [String: Value]) -> [String: Value] {
        ValueOptions.mergeMaps(a, b)
    }
}
