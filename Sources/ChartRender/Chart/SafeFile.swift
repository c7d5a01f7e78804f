#if canImport(Glibc)
import Glibc
#endif

/// File access that can never block or read unbounded data (issue 6): kinds come from
/// `lstat`/`stat` before anything is opened, files open with `O_NONBLOCK` and are
/// checked again with `fstat`, and errors read like Go's `*PathError` texts.
enum SafeFile {
    /// The `stat` fields chartr needs.
    struct Info {
        let mode: UInt32
        let size: Int
        var kind: UInt32 { mode & UInt32(S_IFMT) }
        var isDirectory: Bool { kind == UInt32(S_IFDIR) }
        var isRegular: Bool { kind == UInt32(S_IFREG) }
        var isSymlink: Bool { kind == UInt32(S_IFLNK) }
        var isCharDevice: Bool { kind == UInt32(S_IFCHR) }
    }

    /// A failed system call: Go's `OP PATH: REASON`.
    struct Failure: Error {
        let op: String
        let path: String
        let code: Int32
        var text: String { "\(op) \(path): \(SafeFile.reason(code))" }
    }

    /// Go's lower-case `syscall.Errno` text.
    static func reason(_ code: Int32) -> String {
        guard let c = strerror(code) else { return "errno \(code)" }
        var s = String(cString: c)
        if let f = s.first, f.isUppercase { s = f.lowercased() + s.dropFirst() }
        return s
    }

    static func lstatInfo(_ path: String) throws(Failure) -> Info {
        var st = stat()
        guard lstat(path, &st) == 0 else { throw Failure(op: "lstat", path: path, code: errno) }
        return Info(mode: UInt32(st.st_mode), size: Int(st.st_size))
    }

    static func statInfo(_ path: String) throws(Failure) -> Info {
        var st = stat()
        guard stat(path, &st) == 0 else { throw Failure(op: "stat", path: path, code: errno) }
        return Info(mode: UInt32(st.st_mode), size: Int(st.st_size))
    }

    /// The canonical absolute path (Go's `filepath.EvalSymlinks` of an absolute path).
    static func realPath(_ path: String) throws(Failure) -> String {
        guard let p = realpath(path, nil) else { throw Failure(op: "lstat", path: path, code: errno) }
        defer { free(p) }
        return String(cString: p)
    }

    /// Entry names of a directory (unsorted, without `.` and `..`).
    static func directoryNames(_ path: String) throws(Failure) -> [String] {
        guard let d = opendir(path) else { throw Failure(op: "open", path: path, code: errno) }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw -> String in
                let bytes = raw.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names
    }

    /// Reads at most `limit` bytes of `path` without blocking (a FIFO or device yields
    /// what is there at once); bytes beyond `limit` are never read.
    static func readPrefix(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(op: "open", path: path, code: errno) }
        defer { close(fd) }
        return try readAll(fd, path: path, limit: limit)
    }

    /// Opens `path` without blocking and reads it with `body(fd, info)`; a directory
    /// fails with Go's `read PATH: is a directory`.
    private static func withOpenFile(_ path: String, _ body: (Int32, Info) throws(Failure) -> [UInt8]) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(op: "open", path: path, code: errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(op: "read", path: path, code: errno) }
        let info = Info(mode: UInt32(st.st_mode), size: Int(st.st_size))
        if info.isDirectory { throw Failure(op: "read", path: path, code: EISDIR) }
        return try body(fd, info)
    }

    /// Reads a whole regular file; anything else (FIFO, socket, device, directory)
    /// is refused with `open PATH: permission denied`-style reasons before reading.
    /// `limit` bounds the bytes read (the caller checks the size first).
    static func readRegular(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        try withOpenFile(path) { (fd, info) throws(Failure) in
            guard info.isRegular else { throw Failure(op: "open", path: path, code: EACCES) }
            return try readAll(fd, path: path, limit: limit)
        }
    }

    /// Reads a file the user named (`-f`, `--set-file`) as Go's `os.ReadFile` would, but
    /// bounded: a regular file whole; a device, pipe or FIFO (`-f /dev/null`,
    /// `-f <(cmd)`) as a stream of at most `streamLimit` bytes, so `/dev/zero` ends with
    /// `read PATH: file too large` instead of filling memory. A FIFO that no process
    /// writes to reads as empty at once (Helm would wait for a writer forever).
    static func readUserFile(_ path: String, streamLimit: Int) throws(Failure) -> [UInt8] {
        try withOpenFile(path) { (fd, info) throws(Failure) in
            if info.isRegular { return try readAll(fd, path: path, limit: Int.max, expected: info.size) }
            // Blocking reads from here on, so a pipe's writer is waited for; without any
            // writer a FIFO reads as end of file.
            let flags = fcntl(fd, F_GETFL)
            if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
            return try readStream(fd: fd, name: path, limit: streamLimit)
        }
    }

    /// Reads an open descriptor to end of file, failing with `read NAME: file too large`
    /// past `limit` bytes.
    static func readStream(fd: Int32, name: String, limit: Int) throws(Failure) -> [UInt8] {
        let data = try readAll(fd, path: name, limit: limit + 1)
        if data.count > limit { throw Failure(op: "read", path: name, code: EFBIG) }
        return data
    }

    private static func readAll(_ fd: Int32, path: String, limit: Int, expected: Int = 0) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(max(expected, 0), limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while out.count < limit {
            let want = min(chunk.count, limit - out.count)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { break }
                throw Failure(op: "read", path: path, code: errno)
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}
