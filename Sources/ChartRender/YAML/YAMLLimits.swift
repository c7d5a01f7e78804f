#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs deeply recursive work (decoding or emitting values nested up to the 10,000
/// levels go-yaml and encoding/json allow) on a thread with a large stack, so that
/// input-driven depth cannot overflow the caller's stack. Go grows goroutine stacks to
/// 1 GB; 512 MB of reserved (lazily committed) stack is ample for our frames.
enum LargeStack {
    static let size = 512 << 20

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
                Unmanaged<Task>.fromOpaque(context).takeRetainedValue().body()
            }
            #else
            Unmanaged<Task>.fromOpaque(context).takeRetainedValue().body()
            #endif
        }
        guard let r = result else { throw YAMLError(message: "internal error: large-stack task did not run") }
        return try r.get()
    }
}
