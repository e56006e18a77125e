// The libzip side of zipmodule/ldzip.h: the archive is made in a libzip buffer source kept past
// zip_close, then read back from it into the room the caller gives.

#include "zipmodule/ldzip.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <zip.h>

namespace {

void setError(char* error, uint64_t size, const char* text) {
    if (!error || size == 0)
        return;
    std::snprintf(error, std::size_t(std::min<uint64_t>(size, 4096)), "%s",
                  text ? text : "unknown zip error");
}

// zip_error_t is a plain struct with an allocated message: freed on every way out.
struct ErrorHolder {
    zip_error_t error;
    ErrorHolder() { zip_error_init(&error); }
    ~ErrorHolder() { zip_error_fini(&error); }
    ErrorHolder(const ErrorHolder&) = delete;
    ErrorHolder& operator=(const ErrorHolder&) = delete;
};

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

} // namespace

extern "C" int ld_zip_archive_v1(const ld_zip_entry* entries, uint64_t count, int64_t mtime,
                                 ld_zip_allocate allocate, void* context, char* error, uint64_t errorSize) {
    if ((count > 0 && !entries) || !allocate) {
        setError(error, errorSize, "invalid arguments");
        return -1;
    }
    ErrorHolder holder;
    std::unique_ptr<zip_source_t, SourceFree> archive(zip_source_buffer_create(nullptr, 0, 0, &holder.error));
    if (!archive) {
        setError(error, errorSize, zip_error_strerror(&holder.error));
        return -1;
    }
    zip_source_keep(archive.get()); // it stays ours after zip_close, to read the bytes back
    zip_t* za = zip_open_from_source(archive.get(), ZIP_TRUNCATE, &holder.error);
    if (!za) {
        setError(error, errorSize, zip_error_strerror(&holder.error));
        return -1;
    }
    for (uint64_t i = 0; i < count; ++i) {
        const ld_zip_entry& entry = entries[i];
        // The entries' bytes outlive zip_close: libzip reads them only then.
        zip_source_t* source = zip_source_buffer(za, entry.data, entry.size, 0);
        const zip_int64_t index = source ? zip_file_add(za, entry.name ? entry.name : "", source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            setError(error, errorSize, zip_strerror(za));
            zip_discard(za);
            return -1;
        }
        zip_set_file_compression(za, zip_uint64_t(index), ZIP_CM_DEFLATE, 6);
        zip_file_set_mtime(za, zip_uint64_t(index), time_t(mtime), 0);
    }
    if (zip_close(za) < 0) {
        setError(error, errorSize, zip_strerror(za));
        zip_discard(za);
        return -1;
    }
    if (zip_source_open(archive.get()) < 0) {
        setError(error, errorSize, zip_error_strerror(zip_source_error(archive.get())));
        return -1;
    }
    zip_source_seek(archive.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(archive.get());
    zip_source_seek(archive.get(), 0, SEEK_SET);
    void* room = size >= 0 ? allocate(context, uint64_t(size)) : nullptr;
    if (!room) {
        zip_source_close(archive.get());
        setError(error, errorSize,
                 size < 0 ? "the archive's size is unknown" : "not enough memory for the archive");
        return -1;
    }
    const zip_int64_t read = size > 0 ? zip_source_read(archive.get(), room, zip_uint64_t(size)) : 0;
    zip_source_close(archive.get());
    if (read != size) {
        setError(error, errorSize, "the archive could not be read back from memory");
        return -1;
    }
    return 0;
}
