extension Functions {
    static let pathsAndURLs: [String: Function] = [:]
}
