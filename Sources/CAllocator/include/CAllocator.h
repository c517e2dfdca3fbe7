// How the processes that link PXTransport use glibc's allocator: one malloc arena for every thread, set before main
// runs (see OneArena.c).
#ifndef SWIFTPX_CALLOCATOR_H
#define SWIFTPX_CALLOCATOR_H

/// The most malloc arenas this process's threads allocate from: 1 on glibc, set by a constructor that runs before
/// main and before any thread; 0 where it was not set.
int px_malloc_arena_limit(void);

#endif
