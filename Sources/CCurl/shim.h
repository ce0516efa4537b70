#ifndef GOVSWEEP_CCURL_SHIM_H
#define GOVSWEEP_CCURL_SHIM_H

#include <curl/curl.h>
#include <sys/socket.h>

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

#endif
