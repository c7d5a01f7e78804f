extension Functions {
    static let encoding: [String: Function] = [:]
}
