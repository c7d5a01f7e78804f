extension Functions {
    static let lists: [String: Function] = [:]
}
