extension Functions {
    static let reflection: [String: Function] = [:]
}
