@_spi(CustomByteBufferAllocator) import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// NIO buffers over bytes that live elsewhere (a frame buffer holding a payload being forwarded), so that a server
/// writes a large payload to a channel without first copying it into buffers of its own.
///
/// The buffer does not own the bytes: its writer keeps their storage alive until the write completes (the promise of
/// `writeAndFlush`), and nothing may write to them meanwhile. NIO only reads an outbound buffer. Should NIO ever need
/// a buffer of its own from one (it does not for writes), the allocator hands it memory from `malloc` that it keeps.
enum BorrowedBytes {
    /// An allocator whose `free` leaves borrowed bytes alone.
    private static let allocator = ByteBufferAllocator(
        allocate: { malloc($0) },
        reallocate: { old, oldSize, newSize in
            // Never `realloc` borrowed bytes: copy them into new memory instead.
            guard let new = malloc(newSize) else { return nil }
            if let old { new.copyMemory(from: old, byteCount: min(oldSize, newSize)) }
            return new
        },
        deallocate: { _ in },
        copy: { $0.copyMemory(from: $1, byteCount: $2) }
    )

    /// A readable buffer over `count` bytes at `start`, which the caller keeps alive and unchanged until the buffer's
    /// write completes.
    static func buffer(start: UnsafeRawPointer, count: Int) -> ByteBuffer {
        ByteBuffer(
            takingOwnershipOf: UnsafeMutableRawBufferPointer(start: UnsafeMutableRawPointer(mutating: start), count: count),
            allocator: allocator)
    }
}
