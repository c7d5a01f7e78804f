import ChartRender
import Foundation

// chartr-bench: speed measured by a benchmark, never by timed tests.
//
//   swift run -c release chartr-bench [--corpus DIR] [--iterations N]
//
// Reports, for the largest YAML file of the corpus and for every corpus chart rendered
// with its default values, the best and median wall time over N runs.

struct Options {
    var corpus = "../shared/corpus"
    var iterations = 5
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--corpus": if let v = args.next() { o.corpus = v }
        case "--iterations": if let v = args.next(), let n = Int(v), n > 0 { o.iterations = n }
        default:
            FileHandle.standardError.write(Data("usage: chartr-bench [--corpus DIR] [--iterations N]\n".utf8))
            exit(2)
        }
    }
    return o
}

func seconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` `n` times; returns (best, median) in milliseconds.
func measure(_ n: Int, _ body: () throws -> Void) rethrows -> (Double, Double) {
    var times: [Double] = []
    for _ in 0..<n {
        let t0 = seconds()
        try body()
        times.append((seconds() - t0) * 1000)
    }
    times.sort()
    return (times[0], times[times.count / 2])
}

func report(_ name: String, _ t: (Double, Double), _ extra: String = "") {
    print(String(format: "%-50@ best %8.2f ms  median %8.2f ms  %@", name as NSString, t.0, t.1, extra as NSString))
}

let options = parseOptions()
let fm = FileManager.default
let chartsDir = options.corpus + "/charts"
guard let charts = try? fm.contentsOfDirectory(atPath: chartsDir).sorted() else {
    print("chartr-bench: no corpus at \(options.corpus) (pass --corpus DIR)")
    exit(1)
}

// 1. The largest YAML file of the corpus.
var largest: (path: String, size: Int) = ("", 0)
if let walker = fm.enumerator(atPath: chartsDir) {
    for case let rel as String in walker where rel.hasSuffix(".yaml") || rel.hasSuffix(".yml") {
        let path = chartsDir + "/" + rel
        if let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? Int, size > largest.size {
            largest = (path, size)
        }
    }
}
/// The bytes to parse: the file itself, or, for a template, what its chart renders for it.
func yamlBytes(of path: String) -> [UInt8]? {
    guard let data = fm.contents(atPath: path) else { return nil }
    let bytes = [UInt8](data)
    guard String(decoding: bytes, as: UTF8.self).contains("{{"),
          let range = path.range(of: "/templates/") else { return bytes }
    let chartDir = String(path[..<range.lowerBound])
    let chartName = (chartDir as NSString).lastPathComponent
    var request = RenderRequest(chartPath: chartDir)
    request.settings = RenderSettings(seed: 1, fixedNow: 1_700_000_000)
    let key = chartName + "/templates/" + String(path[range.upperBound...])
    guard let rendered = (try? renderChart(request))?.files[key] else { return nil }
    return Array(rendered.utf8)
}

if let bytes = yamlBytes(of: largest.path) {
    do {
        let t = try measure(options.iterations) { _ = try YAML.parse(bytes) }
        report("YAML.parse largest corpus file", t, "\(bytes.count) bytes, \(largest.path)")
    } catch {
        print("YAML.parse \(largest.path): error: \(error)")
    }
} else {
    print("YAML.parse \(largest.path): could not read or render it")
}

// 2. Every corpus chart with its default values.
var total = 0.0
for chart in charts {
    var request = RenderRequest(chartPath: chartsDir + "/" + chart)
    request.settings = RenderSettings(seed: 1, fixedNow: 1_700_000_000)
    do {
        let t = try measure(options.iterations) { _ = try renderChart(request) }
        total += t.1
        report("render \(chart)", t)
    } catch {
        report("render \(chart) (fails: \(String(describing: error).prefix(40)))", (0, 0))
    }
}
print(String(format: "sum of medians over %d charts: %.1f ms", charts.count, total))
