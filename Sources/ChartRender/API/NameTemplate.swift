/// `--name-template`: Helm 4 renders the text with its engine as the only template of a
/// chart `name-template` 0.1.0 (so `.Chart`, `.Release` and `include` exist and `<no value>`
/// is removed), under the template name `name-template`; its errors read
/// `template: name-template:L:C: ...` (`HelmErrorFormat.Style.nameTemplate`).
public func renderNameTemplate(_ text: String, settings: RenderSettings = RenderSettings()) throws -> String {
    if text.isEmpty { return "" }
    let name = "name-template"
    let chart = Chart(metadata: ChartMetadata(name: name, version: "0.1.0",
                                              raw: ["apiVersion": .string("v2"), "name": .string(name), "version": .string("0.1.0")]),
                      templates: [ChartFile(path: "templates/" + name, data: GoString.bytes(text))])
    do {
        let out = try LargeStack.run {
            try Engine.renderOnCurrentThread(chart: chart, values: [:], release: ReleaseInfo(), capabilities: Capabilities(),
                                             settings: settings, templateName: name)
        }
        return out[name] ?? ""
    } catch let e as TemplateFailure {
        throw RenderFailure(.nameTemplate, e.helmMessage(.nameTemplate))
    }
}
