#pragma once
// The zip writer the diagnostic bundle uses, behind a C interface of one function. On Linux it is
// a module of its own (liblocalhost-doctor-zip.so), loaded only when a bundle is written: libzip
// pulls in libcrypto, whose loading and relocation every other command would pay for (issue 17,
// docs/performance.md). Elsewhere it is linked in (wizard/bundle/ziparchive.cpp says why).

#include <stdint.h>

#if defined(_WIN32)
#define LD_ZIP_EXPORT
#else
#define LD_ZIP_EXPORT __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

// One file of the archive: a UTF-8 name and bytes that stay valid for the whole call.
struct ld_zip_entry {
    const char* name;
    const void* data;
    uint64_t size;
};

// Gives room for the finished archive of `size` bytes, once; null when there is none.
typedef void* (*ld_zip_allocate)(void* context, uint64_t size);

// Makes a zip of `count` entries in memory (deflated, level 6, each with `mtime`) and copies it
// into the room `allocate` gives. Returns 0 on success, otherwise -1 with a NUL-terminated message in `error`
// (at most `error_size` bytes). The name carries the interface's version, so a module of another version is
// refused when it is looked up instead of being called wrongly.
LD_ZIP_EXPORT int ld_zip_archive_v1(const struct ld_zip_entry* entries, uint64_t count, int64_t mtime,
                                    ld_zip_allocate allocate, void* context, char* error,
                                    uint64_t error_size);

#ifdef __cplusplus
}
#endif
