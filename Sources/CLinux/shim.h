// Linux interfaces that Swift's Glibc module leaves out (it is built without _GNU_SOURCE):
// - epoll, for PeerLink's background reader, which waits on an epoll set so that a pumping caller can take the
//   socket out of it without waking the reader;
// - pipe2 and posix_spawn's working-directory, close-from and new-session options, for ProcessLaunch;
// - malloc_trim (<malloc.h>), for FreeMemory.
#ifndef SWIFTPX_CLINUX_SHIM_H
#define SWIFTPX_CLINUX_SHIM_H

#include <malloc.h>
#include <spawn.h>
#include <sys/epoll.h>

// Declared by <unistd.h> and <spawn.h> only under _GNU_SOURCE (glibc 2.9 and 2.29).
int pipe2(int pipefd[2], int flags);
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions, const char *__restrict path);
// Declared by <spawn.h> only under _GNU_SOURCE (glibc 2.34): closes every descriptor from `from` up in the child.
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

/// POSIX_SPAWN_SETSID (glibc 2.26), which <spawn.h> defines only under _GNU_SOURCE.
static const short px_posix_spawn_setsid = 0x80;

#endif
