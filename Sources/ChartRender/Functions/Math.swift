extension Functions {
    static let math: [String: Function] = [:]
}
