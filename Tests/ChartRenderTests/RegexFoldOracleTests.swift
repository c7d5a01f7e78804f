import Testing
@testable import ChartRender

/// Case-insensitive classes over letters with unusual case orbits (ſ, ß/ẞ, µ, ς, ϑ,
/// ͅ, ǅ, ᲀ, İ/ı), with what Go's regexp found through Helm 4.2.3.
struct RegexFoldOracleTests {
    static let letters = "aAkKsSßẞſÅåµΜμσςΣθϑΘιΙͅΐǅǄǆDžŽdꞵꞴᲀвВÿŸİıiIΩωǰJ"

    static let cases: [(String, String)] = [
        ("a", "a,A"),
        ("A", "a,A"),
        ("k", "k,K"),
        ("K", "k,K"),
        ("s", "s,S,ſ"),
        ("S", "s,S,ſ"),
        ("ß", "ß,ẞ"),
        ("ẞ", "ß,ẞ"),
        ("ſ", "s,S,ſ"),
        ("Å", "Å,å"),
        ("å", "Å,å"),
        ("µ", "µ,Μ,μ"),
        ("Μ", "µ,Μ,μ"),
        ("μ", "µ,Μ,μ"),
        ("σ", "σ,ς,Σ"),
        ("ς", "σ,ς,Σ"),
        ("Σ", "σ,ς,Σ"),
        ("θ", "θ,ϑ,Θ"),
        ("ϑ", "θ,ϑ,Θ"),
        ("Θ", "θ,ϑ,Θ"),
        ("ι", "ι,Ι,ͅ"),
        ("Ι", "ι,Ι,ͅ"),
        ("ͅ", "ι,Ι,ͅ"),
        ("ΐ", "ΐ"),
        ("ǅ", "ǅ,Ǆ,ǆ"),
        ("Ǆ", "ǅ,Ǆ,ǆ"),
        ("ǆ", "ǅ,Ǆ,ǆ"),
        ("D", "D,d"),
        ("ž", "ž,Ž"),
        ("Ž", "ž,Ž"),
        ("d", "D,d"),
        ("ꞵ", "ꞵ,Ꞵ"),
        ("Ꞵ", "ꞵ,Ꞵ"),
        ("ᲀ", "ᲀ,в,В"),
        ("в", "ᲀ,в,В"),
        ("В", "ᲀ,в,В"),
        ("ÿ", "ÿ,Ÿ"),
        ("Ÿ", "ÿ,Ÿ"),
        ("İ", "İ"),
        ("ı", "ı"),
        ("i", "i,I"),
        ("I", "i,I"),
        ("Ω", "Ω,ω"),
        ("ω", "Ω,ω"),
        ("ǰ", "ǰ"),
        ("J", "J"),
    ]

    @Test(arguments: cases)
    func foldedClass(letter: String, expected: String) throws {
        let re = try GoRegexp("(?i)[" + letter + "]")
        #expect(re.findAll(Self.letters, -1).joined(separator: ",") == expected)
    }
}
