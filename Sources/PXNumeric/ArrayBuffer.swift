#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory under one or more arrays: a raw, 64-byte aligned block, owned or borrowed.
///
/// An owned buffer comes from `allocate(byteCount:zeroed:)` and is freed with the last array that uses it.
/// A borrowed buffer wraps memory that something else owns — a received frame, a shared-memory segment, a
/// mapped file — and calls its `release` closure when the last array lets go, so such memory can become an array
/// without a copy.
///
/// `@unchecked Sendable`: the pointer and size never change; the bytes, and `origin` and `release` (changed only by
/// ``replacePages(origin:by:)``), are written only by the interpreter thread that owns the arrays over them, and a
/// buffer handed to another thread is handed over, not shared.
public final class ArrayBuffer: @unchecked Sendable {
    /// The first byte.
    public let pointer: UnsafeMutableRawPointer
    /// The size in bytes.
    public let byteCount: Int
    /// Whether arrays over this buffer may be written (numpy's `writeable` flag).
    public let isWritable: Bool
    /// What wrapped memory came from, when its owner wants it known (a received shared-memory segment, which a
    /// sender can pass on instead of copying the bytes), or what an owned buffer's pages were replaced by
    /// (``replacePages(origin:by:)``); `nil` for other owned memory.
    public private(set) var origin: AnyObject?
    private var release: Release

    private enum Release {
        case free
        /// A block of ``LargeBlocks``, given back to it for reuse.
        case unmap(LargeBlocks.Block)
        /// A block of ``LargeBlocks`` whose pages were replaced: unmapped, not reused.
        case discard(mappedBytes: Int)
        case custom(@Sendable (UnsafeMutableRawPointer, Int) -> Void)
    }

    private init(pointer: UnsafeMutableRawPointer, byteCount: Int, isWritable: Bool, release: Release) {
        self.pointer = pointer
        self.byteCount = byteCount
        self.isWritable = isWritable
        self.release = release
        self.origin = nil
    }

    /// Wraps memory owned elsewhere.
    /// - Parameters:
    ///   - pointer: the first byte; it should be aligned to the element size of the arrays laid over it.
    ///   - byteCount: the size in bytes.
    ///   - isWritable: whether arrays may write to it (default true).
    ///   - origin: what the memory came from, kept alive with the buffer (``origin``). Default: none.
    ///   - release: called once, with the pointer and size, when no array uses the memory any more.
    public init(wrapping pointer: UnsafeMutableRawPointer, byteCount: Int, isWritable: Bool = true,
                origin: AnyObject? = nil, release: @escaping @Sendable (UnsafeMutableRawPointer, Int) -> Void) {
        self.pointer = pointer
        self.byteCount = byteCount
        self.isWritable = isWritable
        self.origin = origin
        self.release = .custom(release)
    }

    deinit {
        switch release {
        case .free: Glibc.free(pointer)
        case .unmap(let block): LargeBlocks.give(block)
        case .discard(let mapped): munmap(pointer, mapped)
        case .custom(let body): body(pointer, byteCount)
        }
    }

    /// Whether the memory is the buffer's own (not wrapped).
    public var isOwned: Bool {
        if case .custom = release { return false }
        return true
    }

    /// The descriptor of the memory file whose shared mapping the buffer's pages are (a large buffer on Linux, see
    /// ``LargeBlocks``), until ``replacePages(origin:by:)`` replaces them; `nil` for other memory. The buffer owns
    /// it: a sender duplicates it, maps the file privately in place of the pages (so that no writable shared mapping
    /// of it is left and it can be sealed) and sends the file itself instead of a copy of the bytes.
    public var memoryFile: Int32? {
        if case .unmap(let block) = release, block.descriptor >= 0 { return block.descriptor }
        return nil
    }

    /// Replaces the pages of a buffer that is a mapping of its own (a large array's) by a mapping of a memory file its
    /// bytes were copied into, so that both share the pages (a sent array, which can then be sent again without a
    /// copy). `map` must map the file privately (copy-on-write, so the buffer's later writes stay in this process) at
    /// exactly the address it gets, over the length it gets (the size rounded up to whole pages), and return whether
    /// it did. Afterwards the memory is unmapped when the buffer goes, not kept for reuse, ``origin`` is `origin`, and
    /// the buffer's ``memoryFile`` (if any) is closed.
    ///
    /// Only for the thread that owns the arrays over the buffer, while the bytes are still those copied.
    /// - Returns: whether the pages were replaced (never for memory that is not a mapping of the buffer's own).
    public func replacePages(origin: AnyObject, by map: (UnsafeMutableRawPointer, Int) -> Bool) -> Bool {
        let mapped: Int
        var file: Int32 = -1
        switch release {
        case .unmap(let block): (mapped, file) = (block.mappedBytes, block.descriptor)
        case .discard(let bytes): mapped = bytes
        case .free, .custom: return false
        }
        let page = LargeBlocks.pageSize
        let length = (byteCount + page - 1) / page * page
        guard length > 0, length <= mapped, map(pointer, length) else { return false }
        if file >= 0 && mapped > length {
            // The pages past the buffer's end must not stay a shared writable mapping of the file either.
            _ = mmap(pointer + length, mapped - length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                     -1, 0)
        }
        LargeBlocks.releaseMemoryFile(file)
        release = .discard(mappedBytes: mapped)
        self.origin = origin
        return true
    }

    /// Allocates a new buffer.
    /// - Parameters:
    ///   - byteCount: the size in bytes (0 allowed).
    ///   - zeroed: whether the bytes must start as zero (default false).
    ///   - inMemoryFile: whether a large buffer may be a memory file's mapping (``memoryFile``); nil (the
    ///     default): where the system gives memory files huge pages.
    /// - Returns: the buffer, 64-byte aligned.
    /// - Throws: `MemoryError` (kind `.memoryError`, empty message; callers add numpy's text) when the memory
    ///   is not available: the request exceeds the memory the system reports as available, or the allocator
    ///   refuses. Nothing aborts.
    public static func allocate(byteCount: Int, zeroed: Bool = false, inMemoryFile: Bool? = nil) throws(NumericError)
        -> ArrayBuffer
    {
        guard byteCount >= 0 else { throw NumericError(.memoryError, "") }
        if byteCount >= LargeBlocks.threshold {
            let memoryFile = inMemoryFile ?? LargeBlocks.memoryFilesByDefault
            guard let (block, fresh) = LargeBlocks.take(byteCount, inMemoryFile: memoryFile), let pointer = block.pointer
            else { throw NumericError(.memoryError, "") }
            if zeroed && !fresh { memset(pointer, 0, byteCount) }
            return ArrayBuffer(pointer: pointer, byteCount: byteCount, isWritable: true, release: .unmap(block))
        }
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, 64, max(byteCount, 1)) == 0, let pointer = raw else {
            throw NumericError(.memoryError, "")
        }
        if zeroed { memset(pointer, 0, byteCount) }
        return ArrayBuffer(pointer: pointer, byteCount: byteCount, isWritable: true, release: .free)
    }
}
