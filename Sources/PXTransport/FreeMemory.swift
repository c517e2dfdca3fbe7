import CLinux

/// Returning freed heap memory to the system.
public enum FreeMemory {
    /// Task tables with room for this many entries or more are replaced by empty ones when they drain.
    public static let compactionCapacity = 4_096

    /// Asks the allocator to give its free pages back to the system (glibc's `malloc_trim`; glibc keeps them
    /// otherwise). Called once a burst of tasks has drained, so resident memory falls back towards its idle size.
    public static func returnToSystem() {
        #if os(Linux)
            _ = malloc_trim(0)
        #endif
    }
}
