/// Go `text/template`'s builtin functions that need no executor state: `not`, `len`,
/// `index`, `slice`, `eq`, `ne`, `lt`, `le`, `gt`, `ge`, `print`, `printf`, `println`,
/// `html`, `js`, `urlquery`. (`and`, `or` short-circuit and `call` are evaluated by the
/// executor.) Sprig's `slice` replaces Go's.
/// STUB: the builtins work fills this table.
public enum Builtins {
    public static let table: [String: Function] = [:]
}
