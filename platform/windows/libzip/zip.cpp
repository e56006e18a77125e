// A stored-zip writer behind the libzip calls of zip.h (PKWARE APPNOTE 6.3: local headers,
// central directory, end record; no ZIP64, so entries and archives stay under 4 GiB).

#include "zip.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

struct zip_source {
    std::vector<unsigned char> bytes; // the archive's buffer, or an entry's data
    std::size_t position = 0;
    int references = 1;
    bool open = false;
    zip_error_t error;
};

namespace {

struct Entry {
    std::string name;
    zip_source_t* source = nullptr;
    time_t mtime = 0;
    bool utf8 = false;
};

std::uint32_t crc32(const unsigned char* data, std::size_t size) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> out{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            out[i] = c;
        }
        return out;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void put16(std::vector<unsigned char>& out, std::uint32_t value) {
    out.push_back(static_cast<unsigned char>(value & 0xFF));
    out.push_back(static_cast<unsigned char>((value >> 8) & 0xFF));
}

void put32(std::vector<unsigned char>& out, std::uint32_t value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// MS-DOS date and time, local time, two-second steps; 1980-01-01 for anything earlier.
void dosTime(time_t when, std::uint16_t& date, std::uint16_t& time) {
    std::tm parts{};
    const std::tm* local = std::localtime(&when);
    if (local)
        parts = *local;
    if (!local || parts.tm_year < 80) {
        date = (1 << 5) | 1;
        time = 0;
        return;
    }
    date = std::uint16_t(((parts.tm_year - 80) << 9) | ((parts.tm_mon + 1) << 5) | parts.tm_mday);
    time = std::uint16_t((parts.tm_hour << 11) | (parts.tm_min << 5) | (parts.tm_sec / 2));
}

void setError(zip_error_t* error, int code) {
    if (error)
        error->zip_err = code;
}

const char* message(int code) {
    switch (code) {
    case ZIP_ER_OK:
        return "No error";
    case ZIP_ER_MEMORY:
        return "Malloc failure";
    case ZIP_ER_EXISTS:
        return "File already exists";
    case ZIP_ER_INVAL:
        return "Invalid argument";
    default:
        return "Zip error";
    }
}

zip_source_t* newSource(const void* data, zip_uint64_t length) {
    auto* source = new (std::nothrow) zip_source;
    if (!source)
        return nullptr;
    if (data && length)
        source->bytes.assign(static_cast<const unsigned char*>(data),
                             static_cast<const unsigned char*>(data) + length);
    return source;
}

} // namespace

struct zip {
    zip_source_t* target = nullptr;
    std::vector<Entry> entries;
    zip_error_t error;
};

extern "C" {

void zip_error_init(zip_error_t* error) {
    if (error)
        *error = zip_error_t{};
}

void zip_error_fini(zip_error_t*) {}

const char* zip_error_strerror(zip_error_t* error) {
    return message(error ? error->zip_err : ZIP_ER_INVAL);
}

zip_source_t* zip_source_buffer_create(const void* data, zip_uint64_t length, int, zip_error_t* error) {
    zip_source_t* source = newSource(data, length);
    if (!source)
        setError(error, ZIP_ER_MEMORY);
    return source;
}

zip_source_t* zip_source_buffer(zip_t* archive, const void* data, zip_uint64_t length, int) {
    zip_source_t* source = newSource(data, length);
    if (!source && archive)
        setError(&archive->error, ZIP_ER_MEMORY);
    return source;
}

void zip_source_keep(zip_source_t* source) {
    if (source)
        ++source->references;
}

void zip_source_free(zip_source_t* source) {
    if (source && --source->references <= 0)
        delete source;
}

int zip_source_open(zip_source_t* source) {
    if (!source)
        return -1;
    source->open = true;
    source->position = 0;
    return 0;
}

int zip_source_close(zip_source_t* source) {
    if (!source)
        return -1;
    source->open = false;
    return 0;
}

int zip_source_seek(zip_source_t* source, zip_int64_t offset, int whence) {
    if (!source || !source->open)
        return -1;
    const zip_int64_t base = whence == SEEK_SET   ? 0
                             : whence == SEEK_CUR ? zip_int64_t(source->position)
                                                  : zip_int64_t(source->bytes.size());
    const zip_int64_t to = base + offset;
    if (to < 0 || to > zip_int64_t(source->bytes.size())) {
        setError(&source->error, ZIP_ER_INVAL);
        return -1;
    }
    source->position = std::size_t(to);
    return 0;
}

zip_int64_t zip_source_tell(zip_source_t* source) {
    return source && source->open ? zip_int64_t(source->position) : -1;
}

zip_int64_t zip_source_read(zip_source_t* source, void* data, zip_uint64_t length) {
    if (!source || !source->open)
        return -1;
    const std::size_t count =
        std::min<std::size_t>(std::size_t(length), source->bytes.size() - source->position);
    if (count)
        std::memcpy(data, source->bytes.data() + source->position, count);
    source->position += count;
    return zip_int64_t(count);
}

zip_error_t* zip_source_error(zip_source_t* source) {
    return source ? &source->error : nullptr;
}

zip_t* zip_open_from_source(zip_source_t* source, int, zip_error_t* error) {
    if (!source) {
        setError(error, ZIP_ER_INVAL);
        return nullptr;
    }
    auto* archive = new (std::nothrow) zip;
    if (!archive) {
        setError(error, ZIP_ER_MEMORY);
        return nullptr;
    }
    archive->target = source; // takes the caller's reference, as libzip does (hence zip_source_keep)
    return archive;
}

zip_int64_t zip_file_add(zip_t* archive, const char* name, zip_source_t* source, zip_flags_t flags) {
    if (!archive || !name || !*name || !source || source->bytes.size() >= 0xFFFFFFFFu) {
        if (archive)
            setError(&archive->error, ZIP_ER_INVAL);
        return -1;
    }
    for (std::size_t i = 0; i < archive->entries.size(); ++i) {
        if (archive->entries[i].name != name)
            continue;
        if (!(flags & ZIP_FL_OVERWRITE)) {
            setError(&archive->error, ZIP_ER_EXISTS);
            return -1;
        }
        zip_source_free(archive->entries[i].source);
        archive->entries[i].source = source;
        return zip_int64_t(i);
    }
    archive->entries.push_back(Entry{name, source, std::time(nullptr), (flags & ZIP_FL_ENC_UTF_8) != 0});
    return zip_int64_t(archive->entries.size() - 1);
}

int zip_set_file_compression(zip_t* archive, zip_uint64_t index, zip_int32_t method, zip_uint32_t) {
    if (!archive || index >= archive->entries.size() || (method != ZIP_CM_STORE && method != ZIP_CM_DEFLATE))
        return -1;
    return 0; // always stored
}

int zip_file_set_mtime(zip_t* archive, zip_uint64_t index, time_t mtime, zip_flags_t) {
    if (!archive || index >= archive->entries.size())
        return -1;
    archive->entries[std::size_t(index)].mtime = mtime;
    return 0;
}

int zip_close(zip_t* archive) {
    if (!archive)
        return -1;
    std::vector<unsigned char> out;
    std::vector<unsigned char> central;
    for (const Entry& entry : archive->entries) {
        const auto& data = entry.source->bytes;
        if (out.size() >= 0xFFFFFFFFu - data.size() - 1024) {
            setError(&archive->error, ZIP_ER_INVAL); // would need ZIP64
            return -1;
        }
        const std::uint32_t offset = std::uint32_t(out.size());
        const std::uint32_t crc = crc32(data.data(), data.size());
        std::uint16_t date = 0;
        std::uint16_t time = 0;
        dosTime(entry.mtime, date, time);
        const std::uint32_t flags = entry.utf8 ? 0x0800 : 0;
        put32(out, 0x04034b50);
        put16(out, 10); // version needed: 1.0 (stored)
        put16(out, flags);
        put16(out, ZIP_CM_STORE);
        put16(out, time);
        put16(out, date);
        put32(out, crc);
        put32(out, std::uint32_t(data.size()));
        put32(out, std::uint32_t(data.size()));
        put16(out, std::uint32_t(entry.name.size()));
        put16(out, 0);
        out.insert(out.end(), entry.name.begin(), entry.name.end());
        out.insert(out.end(), data.begin(), data.end());

        put32(central, 0x02014b50);
        put16(central, 0x0314); // made by: UNIX attributes, spec 2.0
        put16(central, 10);
        put16(central, flags);
        put16(central, ZIP_CM_STORE);
        put16(central, time);
        put16(central, date);
        put32(central, crc);
        put32(central, std::uint32_t(data.size()));
        put32(central, std::uint32_t(data.size()));
        put16(central, std::uint32_t(entry.name.size()));
        put16(central, 0);              // extra
        put16(central, 0);              // comment
        put16(central, 0);              // disk
        put16(central, 0);              // internal attributes
        put32(central, 0100644u << 16); // a regular file, rw-r--r--
        put32(central, offset);
        central.insert(central.end(), entry.name.begin(), entry.name.end());
    }
    if (archive->entries.size() > 0xFFFF) {
        setError(&archive->error, ZIP_ER_INVAL);
        return -1;
    }
    const std::uint32_t centralOffset = std::uint32_t(out.size());
    out.insert(out.end(), central.begin(), central.end());
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, std::uint32_t(archive->entries.size()));
    put16(out, std::uint32_t(archive->entries.size()));
    put32(out, std::uint32_t(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    archive->target->bytes = std::move(out);
    archive->target->position = 0;
    zip_discard(archive);
    return 0;
}

void zip_discard(zip_t* archive) {
    if (!archive)
        return;
    for (Entry& entry : archive->entries)
        zip_source_free(entry.source);
    zip_source_free(archive->target);
    delete archive;
}

const char* zip_strerror(zip_t* archive) {
    return message(archive ? archive->error.zip_err : ZIP_ER_INVAL);
}
}
