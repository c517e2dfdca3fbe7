// Linux's epoll, which the Swift Glibc module does not include: PeerLink's background reader waits
// on an epoll set so that a pumping caller can take the socket out of it without waking the reader.
#ifndef SWIFTPX_CEPOLL_SHIM_H
#define SWIFTPX_CEPOLL_SHIM_H

#include <sys/epoll.h>

#endif
