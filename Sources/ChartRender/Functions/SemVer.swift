extension Functions {
    static let semver: [String: Function] = [:]
}
