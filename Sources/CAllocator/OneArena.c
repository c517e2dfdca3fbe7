// Every thread allocates from glibc's main arena.
//
// glibc gives each thread that allocates its own arena (up to 8 per core), made of 64 MiB heaps. `malloc_trim`
// releases the free pages inside every arena's chunks, but shrinks only the main arena's top: the free space at
// the top of a thread arena's heap stays resident until a later free happens to trim it, which the dynamic trim
// threshold (twice the largest mmapped block freed, up to 64 MiB) all but prevents. After a burst of tasks, the
// interpreter thread of a client and the event loop of a controller left up to 40-70 MB so, by the luck of where
// their last blocks fell. With one arena, `FreeMemory.returnToSystem` gives back every free page.
//
// The limit must be set before a second thread allocates (a thread keeps the arena it first got), so it is set
// in a constructor, which runs before main. Threads still keep their own small-block caches (tcache).
#include "CAllocator.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

static int arena_limit = 0;

__attribute__((constructor)) static void px_use_one_malloc_arena(void) {
#if defined(M_ARENA_MAX)
    if (mallopt(M_ARENA_MAX, 1) == 1) arena_limit = 1;
#endif
}

int px_malloc_arena_limit(void) { return arena_limit; }
