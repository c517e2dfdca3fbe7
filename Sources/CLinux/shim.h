// Linux interfaces that Swift's Glibc module leaves out (it is built without _GNU_SOURCE):
// - epoll, for PeerLink's background reader, which waits on an epoll set so that a pumping caller can take the
//   socket out of it without waking the reader;
// - pipe2 and posix_spawn's working-directory, close-from and new-session options, for ProcessLaunch;
// - malloc_trim (<malloc.h>), for FreeMemory;
// - memfd_create and file seals, and SCM_RIGHTS (whose CMSG_ macros Swift cannot import), for memory segments.
#ifndef SWIFTPX_CLINUX_SHIM_H
#define SWIFTPX_CLINUX_SHIM_H

#include <malloc.h>
#include <spawn.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

// Declared by <unistd.h> and <spawn.h> only under _GNU_SOURCE (glibc 2.9 and 2.29).
int pipe2(int pipefd[2], int flags);
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions, const char *__restrict path);
// Declared by <spawn.h> only under _GNU_SOURCE (glibc 2.34): closes every descriptor from `from` up in the child.
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

/// POSIX_SPAWN_SETSID (glibc 2.26), which <spawn.h> defines only under _GNU_SOURCE.
static const short px_posix_spawn_setsid = 0x80;

// Declared by <sys/mman.h> only under _GNU_SOURCE (glibc 2.27).
int memfd_create(const char *name, unsigned int flags);
static const unsigned int px_mfd_cloexec = 0x0001U;
static const unsigned int px_mfd_allow_sealing = 0x0002U;
// fcntl commands and seal bits of <linux/fcntl.h>, which <fcntl.h> exposes only under _GNU_SOURCE.
static const int px_f_add_seals = 1033;
static const int px_f_get_seals = 1034;
static const int px_f_seal_seal = 0x0001;
static const int px_f_seal_shrink = 0x0002;
static const int px_f_seal_grow = 0x0004;
static const int px_f_seal_write = 0x0008;
/// MSG_CMSG_CLOEXEC: received descriptors are close-on-exec.
static const int px_msg_cmsg_cloexec = 0x40000000;

/// The most descriptors one px_send_descriptors or px_receive_descriptors call carries (the kernel's SCM_MAX_FD is
/// 253).
#define PX_MAXIMUM_DESCRIPTORS 250

/// Sends `count` bytes with `descriptorCount` descriptors as SCM_RIGHTS (MSG_NOSIGNAL); returns sendmsg's result.
static inline long px_send_descriptors(int socket, const void *bytes, size_t count, const int *descriptors,
                                       int descriptorCount) {
    if (descriptorCount < 0 || descriptorCount > PX_MAXIMUM_DESCRIPTORS) return -1;
    union {
        char buffer[CMSG_SPACE(sizeof(int) * PX_MAXIMUM_DESCRIPTORS)];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof(control));
    struct iovec vector = {(void *)bytes, count};
    struct msghdr message;
    memset(&message, 0, sizeof(message));
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    if (descriptorCount > 0) {
        message.msg_control = control.buffer;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * descriptorCount);
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int) * descriptorCount);
        memcpy(CMSG_DATA(header), descriptors, sizeof(int) * descriptorCount);
    }
    return sendmsg(socket, &message, MSG_NOSIGNAL);
}

/// Receives up to `count` bytes and up to `capacity` descriptors (close-on-exec) sent as SCM_RIGHTS; stores how many
/// arrived in `*descriptorCount` and whether some were cut off (MSG_CTRUNC: the excess is closed by the kernel) in
/// `*truncated`. Returns recvmsg's result.
static inline long px_receive_descriptors(int socket, void *bytes, size_t count, int *descriptors, int capacity,
                                          int *descriptorCount, int *truncated) {
    union {
        char buffer[CMSG_SPACE(sizeof(int) * PX_MAXIMUM_DESCRIPTORS)];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof(control));
    struct iovec vector = {bytes, count};
    struct msghdr message;
    memset(&message, 0, sizeof(message));
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    message.msg_control = control.buffer;
    message.msg_controllen = sizeof(control.buffer);
    *descriptorCount = 0;
    *truncated = 0;
    long received = recvmsg(socket, &message, px_msg_cmsg_cloexec);
    if (received < 0) return received;
    for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header != NULL; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
        int arrived = (int)((header->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int *data = (int *)CMSG_DATA(header);
        for (int i = 0; i < arrived; i++) {
            if (*descriptorCount < capacity) {
                descriptors[(*descriptorCount)++] = data[i];
            } else {
                close(data[i]);
                *truncated = 1;
            }
        }
    }
    if (message.msg_flags & MSG_CTRUNC) *truncated = 1;
    return received;
}

#endif
