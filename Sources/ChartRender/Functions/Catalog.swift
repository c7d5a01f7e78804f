/// Every function name a Helm 4.2.3 template can call, grouped as the README's function
/// table shows them. This is data, checked against the real function tables by a test
/// (`FunctionCatalogTests`), and the README table is generated from it.
///
/// Sources: Sprig v3.3.0 `genericMap` less `env` and `expandenv` (Helm deletes them), Helm's
/// `pkg/engine` additions (probed against Helm 4.2.3: `mustToYaml` and `mustToToml` exist,
/// `mustFromYaml` does not), and Go `text/template`'s builtins.
enum FunctionCatalog {
    struct Group: Sendable {
        let name: String
        let origin: String
        let functions: [String]
    }

    static let groups: [Group] = [
        Group(name: "Go builtins", origin: "text/template", functions: [
            "and", "or", "not", "len", "index", "eq", "ne", "lt", "le", "gt", "ge",
            "print", "printf", "println", "html", "js", "urlquery", "call"]),
        Group(name: "Helm", origin: "Helm", functions: [
            "include", "tpl", "required", "lookup", "toYaml", "mustToYaml", "toYamlPretty", "fromYaml",
            "fromYamlArray", "toJson", "fromJson", "fromJsonArray", "toToml", "mustToToml", "fromToml"]),
        Group(name: "Strings", origin: "Sprig", functions: [
            "abbrev", "abbrevboth", "trunc", "trim", "upper", "lower", "title", "untitle", "substr",
            "repeat", "trimall", "trimAll", "trimSuffix", "trimPrefix", "nospace", "initials",
            "swapcase", "shuffle", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith",
            "contains", "hasPrefix", "hasSuffix", "quote", "squote", "cat", "indent", "nindent",
            "replace", "plural", "toString", "hello", "randAlphaNum", "randAlpha", "randAscii",
            "randNumeric"]),
        Group(name: "String lists", origin: "Sprig", functions: [
            "split", "splitList", "splitn", "toStrings", "join", "sortAlpha"]),
        Group(name: "Conversions", origin: "Sprig", functions: [
            "atoi", "int", "int64", "float64", "toDecimal", "seq"]),
        Group(name: "Math", origin: "Sprig", functions: [
            "add1", "add", "sub", "div", "mod", "mul", "randInt", "add1f", "addf", "subf", "divf",
            "mulf", "biggest", "max", "min", "maxf", "minf", "ceil", "floor", "round", "until",
            "untilStep"]),
        Group(name: "Defaults and flow", origin: "Sprig", functions: [
            "default", "empty", "coalesce", "all", "any", "compact", "mustCompact", "ternary",
            "deepCopy", "mustDeepCopy", "fail"]),
        Group(name: "JSON", origin: "Sprig", functions: [
            "toPrettyJson", "toRawJson", "mustFromJson", "mustToJson", "mustToPrettyJson", "mustToRawJson"]),
        Group(name: "Reflection", origin: "Sprig", functions: [
            "typeOf", "typeIs", "typeIsLike", "kindOf", "kindIs", "deepEqual"]),
        Group(name: "Paths and URLs", origin: "Sprig", functions: [
            "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean", "osDir", "osExt", "osIsAbs",
            "urlParse", "urlJoin"]),
        Group(name: "Network", origin: "Sprig", functions: ["getHostByName"]),
        Group(name: "Encoding and hashes", origin: "Sprig", functions: [
            "b64enc", "b64dec", "b32enc", "b32dec", "sha1sum", "sha256sum", "sha512sum", "adler32sum",
            "uuidv4", "randBytes"]),
        Group(name: "Lists", origin: "Sprig", functions: [
            "tuple", "list", "append", "push", "mustAppend", "mustPush", "prepend", "mustPrepend",
            "first", "mustFirst", "rest", "mustRest", "last", "mustLast", "initial", "mustInitial",
            "reverse", "mustReverse", "uniq", "mustUniq", "without", "mustWithout", "has", "mustHas",
            "slice", "mustSlice", "concat", "chunk", "mustChunk"]),
        Group(name: "Dicts", origin: "Sprig", functions: [
            "dict", "get", "set", "unset", "hasKey", "pluck", "dig", "keys", "values", "pick", "omit",
            "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite"]),
        Group(name: "Dates", origin: "Sprig", functions: [
            "now", "ago", "date", "date_in_zone", "dateInZone", "date_modify", "dateModify",
            "must_date_modify", "mustDateModify", "duration", "durationRound", "htmlDate",
            "htmlDateInZone", "toDate", "mustToDate", "unixEpoch"]),
        Group(name: "Semantic versions", origin: "Sprig", functions: ["semver", "semverCompare"]),
        Group(name: "Regular expressions", origin: "Sprig", functions: [
            "regexMatch", "mustRegexMatch", "regexFind", "mustRegexFind", "regexFindAll",
            "mustRegexFindAll", "regexReplaceAll", "mustRegexReplaceAll", "regexReplaceAllLiteral",
            "mustRegexReplaceAllLiteral", "regexSplit", "mustRegexSplit", "regexQuoteMeta"]),
        Group(name: "Crypto", origin: "Sprig", functions: [
            "bcrypt", "htpasswd", "derivePassword", "encryptAES", "decryptAES", "genPrivateKey",
            "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert",
            "genSignedCertWithKey", "buildCustomCert"]),
    ]

    /// Names Helm removes from Sprig: they must stay undefined.
    static let removed = ["env", "expandenv"]

    static var allNames: [String] { groups.flatMap(\.functions) }
}
