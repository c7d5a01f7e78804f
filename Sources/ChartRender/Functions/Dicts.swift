extension Functions {
    static let dicts: [String: Function] = [:]
}
