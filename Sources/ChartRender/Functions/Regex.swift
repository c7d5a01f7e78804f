extension Functions {
    static let regex: [String: Function] = [:]
}
