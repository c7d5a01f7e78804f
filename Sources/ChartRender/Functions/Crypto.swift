extension Functions {
    static let crypto: [String: Function] = [:]
}
