#ifndef GOVSWEEP_CCURL_SHIM_H
#define GOVSWEEP_CCURL_SHIM_H

#include <curl/curl.h>
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <errno.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#endif

// Swift cannot call C variadic functions. These typed wrappers give each argument
// type of curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt its own entry point.

typedef size_t (*govsweep_curl_write_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*govsweep_curl_xferinfo_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                               curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode govsweep_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode govsweep_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode govsweep_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode govsweep_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode govsweep_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode govsweep_easy_setopt_write_callback(CURL *handle, CURLoption option,
                                                           govsweep_curl_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode govsweep_easy_setopt_xferinfo_callback(CURL *handle, govsweep_curl_xferinfo_callback value) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}

static inline CURLcode govsweep_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode govsweep_easy_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode govsweep_easy_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode govsweep_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode govsweep_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode govsweep_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

static inline CURLMcode govsweep_multi_setopt_pointer(CURLM *multi, CURLMoption option, void *value) {
    return curl_multi_setopt(multi, option, value);
}

typedef curl_socket_t (*govsweep_curl_opensocket_callback)(void *context, curlsocktype purpose,
                                                          struct curl_sockaddr *address);

static inline CURLcode govsweep_easy_setopt_opensocket_callback(CURL *handle,
                                                                govsweep_curl_opensocket_callback value) {
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, value);
}

/// The socket libcurl asked for, opened as it described it (used by the connect-time address guard).
static inline curl_socket_t govsweep_open_socket(const struct curl_sockaddr *address) {
    return socket(address->family, address->socktype, address->protocol);
}

/// True when the linked libcurl was built with HTTP/2 (nghttp2).
static inline int govsweep_curl_supports_http2(void) {
    curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return info != NULL && (info->features & CURL_VERSION_HTTP2) != 0;
}

/// Seconds since the epoch for an HTTP date (Retry-After), or -1.
static inline long long govsweep_curl_getdate(const char *text) {
    return (long long)curl_getdate(text, NULL);
}

// MARK: The multi handle's socket interface, driven by epoll (the engine's loop thread)

typedef int (*govsweep_curl_socket_callback)(CURL *easy, curl_socket_t socket, int what, void *context,
                                             void *socketContext);

static inline CURLMcode govsweep_multi_setopt_socket_callback(CURLM *multi, govsweep_curl_socket_callback value) {
    return curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, value);
}

#ifdef __linux__
/// A new epoll set, or -1.
static inline int govsweep_epoll_create(void) {
    return epoll_create1(EPOLL_CLOEXEC);
}

/// Watches `fd` for what libcurl asked (`interest`: CURL_POLL_IN, _OUT or _INOUT; 0 for the
/// engine's wake-up descriptor, watched for reading). `known`: the set already holds `fd`.
/// Returns 0, or -1 with errno set.
static inline int govsweep_epoll_watch(int epoll, int fd, int interest, int known) {
    struct epoll_event event = {0};
    event.events = ((interest == 0 || (interest & CURL_POLL_IN)) ? EPOLLIN : 0) | ((interest & CURL_POLL_OUT) ? EPOLLOUT : 0);
    event.data.u64 = ((uint64_t)(uint32_t)interest << 32) | (uint32_t)fd;
    int result = epoll_ctl(epoll, known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event);
    if (result != 0 && errno == (known ? ENOENT : EEXIST)) {
        // The set dropped a descriptor closed behind libcurl's back, or still holds a reused number.
        result = epoll_ctl(epoll, known ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event);
    }
    return result;
}

/// Stops watching `fd` (a closed descriptor has left the set already).
static inline void govsweep_epoll_forget(int epoll, int fd) {
    struct epoll_event event = {0};
    (void)epoll_ctl(epoll, EPOLL_CTL_DEL, fd, &event);
}

/// Waits up to `timeout` ms; fills `fds` and `bits` (libcurl's CURL_CSELECT_* for each socket, as
/// libcurl's own poll check reports them for what it asked) and returns how many; 0 on EINTR.
static inline int govsweep_epoll_wait(int epoll, int *fds, int *bits, int capacity, int timeout) {
    struct epoll_event events[256];
    if (capacity > 256) capacity = 256;
    int count = epoll_wait(epoll, events, capacity, timeout);
    if (count < 0) return 0;
    for (int i = 0; i < count; i++) {
        uint32_t happened = events[i].events;
        int interest = (int)(events[i].data.u64 >> 32);
        int mask = 0;
        if ((interest & CURL_POLL_IN) && (happened & (EPOLLIN | EPOLLERR | EPOLLHUP))) mask |= CURL_CSELECT_IN;
        if ((interest & CURL_POLL_OUT) && (happened & EPOLLOUT)) mask |= CURL_CSELECT_OUT;
        if ((interest & CURL_POLL_OUT) && (happened & (EPOLLERR | EPOLLHUP))) mask |= CURL_CSELECT_ERR;
        fds[i] = (int)(uint32_t)(events[i].data.u64 & 0xFFFFFFFFu);
        bits[i] = mask;
    }
    return count;
}

/// A non-blocking eventfd that wakes the loop thread, or -1.
static inline int govsweep_wakeup_create(void) {
    return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

static inline void govsweep_wakeup_signal(int fd) {
    uint64_t one = 1;
    (void)!write(fd, &one, sizeof one);
}

static inline void govsweep_wakeup_drain(int fd) {
    uint64_t count;
    (void)!read(fd, &count, sizeof count);
}
#endif

#endif
