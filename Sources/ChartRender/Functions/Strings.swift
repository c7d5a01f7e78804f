extension Functions {
    static let strings: [String: Function] = [:]
}
