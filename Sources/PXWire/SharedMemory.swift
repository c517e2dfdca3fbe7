import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// A memory segment that travels between processes on one host as a file descriptor (protocol 1.5): an anonymous
/// memory file (`memfd_create`) that its writer fills once and then seals, so that nobody — the writer included —
/// can change, grow or shrink it afterwards.
///
/// The writer creates it with ``create(byteCount:)``, fills it with ``write(_:at:)`` or, for bytes gathered from
/// several places, ``fill(at:length:_:)`` (a writable mapping, gone again before the write seal is applied) and
/// calls ``seal()``. A receiver adopts a descriptor that arrived with
/// `SCM_RIGHTS` through ``init(adopting:)``, which refuses it unless every seal is set, and maps ranges of it
/// copy-on-write with ``mapPrivately(offset:length:)``: its own writes to the mapping stay private.
///
/// The descriptor is closed when the object goes; mappings made from it stay valid until they are unmapped, and the
/// memory returns to the system when the last descriptor and mapping are gone (in every process).
///
/// `@unchecked Sendable`: the descriptor never changes; `byteCount` and `isSealed` change only while the one thread
/// that creates a segment fills it (``resize(to:)``, ``seal()``), before it is shared; after sealing (and for an
/// adopted segment) nothing changes, the contents included.
public final class SharedMemory: Hashable, @unchecked Sendable {
    /// The open descriptor (close-on-exec).
    public let descriptor: Int32
    /// The segment's size in bytes.
    public private(set) var byteCount: Int
    /// Whether ``seal()`` succeeded, or the segment was adopted sealed.
    public private(set) var isSealed: Bool

    /// The seals a segment must carry before it is sent or accepted.
    public static let requiredSeals = px_f_seal_write | px_f_seal_shrink | px_f_seal_grow | px_f_seal_seal

    /// The name segments carry (seen as `/memfd:swiftpx-segment` in `/proc/PID/fd`).
    public static let name = "swiftpx-segment"

    private init(descriptor: Int32, byteCount: Int, isSealed: Bool) {
        self.descriptor = descriptor
        self.byteCount = byteCount
        self.isSealed = isSealed
    }

    deinit {
        close(descriptor)
    }

    /// Creates an empty, unsealed segment of `byteCount` bytes (which read as zeros and take no memory until written).
    /// - Throws: ``WireError/sharedMemory(_:)`` when the system refuses (no memory files, out of descriptors).
    public static func create(byteCount: Int) throws(WireError) -> SharedMemory {
        let fd = memfd_create(name, px_mfd_cloexec | px_mfd_allow_sealing)
        guard fd >= 0 else { throw WireError.sharedMemory("memfd_create: \(String(cString: strerror(errno)))") }
        let memory = SharedMemory(descriptor: fd, byteCount: 0, isSealed: false)
        try memory.resize(to: byteCount)
        return memory
    }

    /// A new descriptor of an open memory file of this process (an array's own memory, see `ArrayBuffer.memoryFile`),
    /// unsealed: once nothing maps the file shared and writable any more, ``seal()`` makes it a segment that can be
    /// sent without copying its bytes.
    /// - Throws: ``WireError/sharedMemory(_:)`` when the descriptor cannot be duplicated or is not a file.
    public static func duplicating(_ descriptor: Int32) throws(WireError) -> SharedMemory {
        let fd = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard fd >= 0 else { throw WireError.sharedMemory("dup: \(String(cString: strerror(errno)))") }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            close(fd)
            throw WireError.sharedMemory("fstat: \(String(cString: strerror(errno)))")
        }
        return SharedMemory(descriptor: fd, byteCount: Int(status.st_size), isSealed: false)
    }

    /// Adopts a received descriptor (closing it on failure): it must be a memory file carrying every seal of
    /// ``requiredSeals``, so that its contents cannot change while it is used.
    /// - Parameter descriptor: a descriptor received with `SCM_RIGHTS`.
    /// - Throws: ``WireError/sharedMemory(_:)`` when it is not sealed (or not a memory file).
    public convenience init(adopting descriptor: Int32) throws(WireError) {
        let seals = fcntl(descriptor, px_f_get_seals)
        var status = stat()
        guard seals >= 0, seals & Self.requiredSeals == Self.requiredSeals, fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw WireError.sharedMemory("a received segment is not sealed against writing, growing and shrinking")
        }
        self.init(descriptor: descriptor, byteCount: Int(status.st_size), isSealed: true)
    }

    /// Changes the size of an unsealed segment.
    /// - Throws: ``WireError/sharedMemory(_:)`` when sealed or refused.
    public func resize(to newCount: Int) throws(WireError) {
        guard !isSealed, newCount >= 0 else { throw WireError.sharedMemory("the segment is sealed") }
        guard ftruncate(descriptor, off_t(newCount)) == 0 else {
            throw WireError.sharedMemory("ftruncate: \(String(cString: strerror(errno)))")
        }
        byteCount = newCount
    }

    /// Copies bytes into the unsealed segment at `offset` (the kernel copies them: one pass over the bytes).
    /// - Throws: ``WireError/sharedMemory(_:)`` when the range does not fit or the write fails.
    public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(WireError) {
        guard offset >= 0, offset <= byteCount, bytes.count <= byteCount - offset else {
            throw WireError.sharedMemory("a write of \(bytes.count) bytes at \(offset) exceeds the segment")
        }
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, base + done, bytes.count - done, off_t(offset + done))
            if written < 0 {
                if errno == EINTR { continue }
                throw WireError.sharedMemory("write: \(String(cString: strerror(errno)))")
            }
            done += written
        }
    }

    /// Lets `body` write `length` bytes at `offset` (a multiple of the page size) of the unsealed segment straight
    /// into its pages: a shared, writable mapping made for the call (its pages allocated at once) and unmapped after
    /// it. For bytes that are gathered while they are written (a strided array view), so they are copied once.
    /// - Throws: ``WireError/sharedMemory(_:)`` when sealed, the range does not fit or mapping fails.
    public func fill(at offset: Int, length: Int, _ body: (UnsafeMutableRawPointer) -> Void) throws(WireError) {
        guard !isSealed else { throw WireError.sharedMemory("the segment is sealed") }
        guard offset >= 0, offset % Self.pageSize == 0, length >= 0, offset <= byteCount, length <= byteCount - offset
        else { throw WireError.sharedMemory("a write of \(length) bytes at \(offset) exceeds the segment") }
        guard length > 0 else { return }
        let raw = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, descriptor, off_t(offset))
        guard let raw, raw != MAP_FAILED else {
            throw WireError.sharedMemory("mmap: \(String(cString: strerror(errno)))")
        }
        defer { munmap(raw, length) }
        body(raw)
    }

    /// Seals the segment against writing, growing, shrinking and further sealing. Idempotent.
    /// - Throws: ``WireError/sharedMemory(_:)`` when the system refuses.
    public func seal() throws(WireError) {
        guard !isSealed else { return }
        guard fcntl(descriptor, px_f_add_seals, Self.requiredSeals) == 0 else {
            throw WireError.sharedMemory("sealing: \(String(cString: strerror(errno)))")
        }
        isSealed = true
    }

    /// A private, copy-on-write mapping of `length` bytes from `offset`: `pointer` is the first of them, and
    /// `unmap` must be called once when they are no longer used.
    public struct Mapping: @unchecked Sendable {
        /// The byte at `offset`.
        public let pointer: UnsafeMutableRawPointer
        /// The page-aligned start of the mapping.
        let base: UnsafeMutableRawPointer
        /// The mapped size.
        let mappedBytes: Int

        /// Unmaps the pages.
        public func unmap() {
            munmap(base, mappedBytes)
        }
    }

    /// Maps `length` bytes from `offset` privately (readable and writable; writes stay in this process).
    /// - Throws: ``WireError/sharedMemory(_:)`` when the range is not inside the segment or mapping fails.
    public func mapPrivately(offset: Int, length: Int) throws(WireError) -> Mapping {
        guard offset >= 0, length > 0, offset <= byteCount, length <= byteCount - offset else {
            throw WireError.sharedMemory("the range \(offset)+\(length) is outside a segment of \(byteCount) bytes")
        }
        let page = Self.pageSize
        let start = offset / page * page
        let mapped = offset + length - start
        let raw = mmap(nil, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, off_t(start))
        guard let raw, raw != MAP_FAILED else {
            throw WireError.sharedMemory("mmap: \(String(cString: strerror(errno)))")
        }
        return Mapping(pointer: raw + (offset - start), base: raw, mappedBytes: mapped)
    }

    /// Maps `length` bytes from `offset` (a multiple of the page size) privately at exactly `address` (page-aligned),
    /// in place of the pages mapped there (which must belong to the caller): the bytes there become the segment's,
    /// copy-on-write. `length` may end inside the page that holds the segment's last byte.
    /// - Returns: whether the mapping was made (otherwise the old pages are still there).
    public func mapPrivately(replacing address: UnsafeMutableRawPointer, offset: Int, length: Int) -> Bool {
        let page = Self.pageSize
        guard offset >= 0, offset % page == 0, Int(bitPattern: address) % page == 0, length > 0, offset < byteCount,
            length <= (byteCount - offset + page - 1) / page * page
        else { return false }
        let raw = mmap(address, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, descriptor, off_t(offset))
        return raw == address
    }

    /// Reads `length` bytes from `offset` into `destination` (for peers that need the bytes themselves).
    /// - Throws: ``WireError/sharedMemory(_:)`` when the range is not inside the segment or reading fails.
    public func read(into destination: UnsafeMutableRawBufferPointer, from offset: Int) throws(WireError) {
        guard offset >= 0, offset <= byteCount, destination.count <= byteCount - offset else {
            throw WireError.sharedMemory("a read outside the segment")
        }
        guard let base = destination.baseAddress else { return }
        var done = 0
        while done < destination.count {
            let count = pread(descriptor, base + done, destination.count - done, off_t(offset + done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw WireError.sharedMemory("read: \(String(cString: strerror(errno)))") }
            done += count
        }
    }

    /// Whether `other` is a descriptor of the same memory file (descriptors received in different frames for one
    /// segment are different descriptors of one file).
    public func isSameFile(as other: SharedMemory) -> Bool {
        if other === self { return true }
        var mine = stat(), theirs = stat()
        guard fstat(descriptor, &mine) == 0, fstat(other.descriptor, &theirs) == 0 else { return false }
        return mine.st_dev == theirs.st_dev && mine.st_ino == theirs.st_ino
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Identity.
    public static func == (lhs: SharedMemory, rhs: SharedMemory) -> Bool { lhs === rhs }

    /// Hashes the identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
