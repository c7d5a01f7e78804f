extension Functions {
    static let dates: [String: Function] = [:]
}
