extension Functions {
    static let conversions: [String: Function] = [:]
}
