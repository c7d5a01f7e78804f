#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs deeply recursive work on a thread with a large stack, so that input-driven depth
/// (templates nested up to Go's limits, YAML/JSON values nested up to the 10,000 levels
/// go-yaml and encoding/json allow) cannot overflow the caller's stack. Go grows goroutine
/// stacks up to 1 GB; we reserve 1 GiB, committed lazily by the kernel. Every recursion
/// that runs here is still bounded by its own depth limit, well below what fits.
enum LargeStack {
    static let size = 1 << 30

    private final class Task {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        var result: Result<T, Error>? = nil
        withoutActuallyEscaping(body) { escapable in
            let task = Task { result = Result { try escapable() } }
            var attr = pthread_attr_t()
            pthread_attr_init(&attr)
            defer { pthread_attr_destroy(&attr) }
            pthread_attr_setstacksize(&attr, size)
            let context = Unmanaged.passRetained(task).toOpaque()
            #if canImport(Glibc)
            var thread = pthread_t()
            let rc = pthread_create(&thread, &attr, { raw in
                if let raw = raw { Unmanaged<Task>.fromOpaque(raw).takeRetainedValue().body() }
                return nil
            }, context)
            if rc == 0 {
                pthread_join(thread, nil)
            } else {
                // No thread could be made: run here; the depth limits still apply.
                Unmanaged<Task>.fromOpaque(context).takeRetainedValue().body()
            }
            #else
            Unmanaged<Task>.fromOpaque(context).takeRetainedValue().body()
            #endif
        }
        // The task always runs exactly once above, so `result` is set.
        guard let r = result else { return try body() }
        return try r.get()
    }
}
