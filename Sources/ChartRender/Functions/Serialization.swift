extension Functions {
    static let serialization: [String: Function] = [:]
}
