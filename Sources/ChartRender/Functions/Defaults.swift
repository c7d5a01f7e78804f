extension Functions {
    static let defaults: [String: Function] = [:]
}
