import Foundation

/// `--name-template`: Helm renders the text as a one-template chart (with empty values)
/// and uses the output as the release name; errors read `template: name-template:L:C: ...`.
public func renderNameTemplate(_ text: String, settings: RenderSettings = RenderSettings()) throws -> String {
    if text.isEmpty { return "" }
    let chart = Chart(metadata: ChartMetadata(name: "name-template", version: "0.1.0",
                                              raw: ["apiVersion": .string("v2"), "name": .string("name-template"), "version": .string("0.1.0")]),
                      templates: [ChartFile(path: "templates/name-template", data: Array(text.utf8))])
    do {
        let out = try Engine.render(chart: chart, values: [:], release: ReleaseInfo(), capabilities: Capabilities(),
                                    settings: settings)
        return out["name-template/templates/name-template"] ?? ""
    } catch let e as RenderError {
        var msg = e.message.replacingOccurrences(of: "name-template/templates/name-template", with: "name-template")
        for prefix in ["parse error at (", "execution error at ("] where msg.hasPrefix(prefix) {
            if let close = msg.range(of: "): ") {
                let loc = msg[msg.index(msg.startIndex, offsetBy: prefix.count)..<close.lowerBound]
                msg = "template: " + loc + ": " + msg[close.upperBound...]
            }
        }
        throw RenderFailure(msg)
    }
}
