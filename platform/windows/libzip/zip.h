#pragma once
// The part of libzip's API that wizard/bundlewriter.cpp uses, for the MinGW build, where Debian
// has no libzip or zlib: archives are written in memory with stored (uncompressed) entries, CRC-32
// and UTF-8 names. ZIP_CM_DEFLATE is accepted and stored instead. Not compiled on Linux or macOS.

#include <cstdint>
#include <cstdio>
#include <ctime>

extern "C" {

typedef std::uint64_t zip_uint64_t;
typedef std::int64_t zip_int64_t;
typedef std::uint32_t zip_uint32_t;
typedef std::int32_t zip_int32_t;
typedef std::uint16_t zip_uint16_t;
typedef std::uint32_t zip_flags_t;

struct zip_error {
    int zip_err = 0;
    int sys_err = 0;
    char* str = nullptr;
};
typedef struct zip_error zip_error_t;
typedef struct zip zip_t;
typedef struct zip_source zip_source_t;

#define ZIP_TRUNCATE 8
#define ZIP_FL_OVERWRITE 8192u
#define ZIP_FL_ENC_UTF_8 2048u
#define ZIP_CM_STORE 0
#define ZIP_CM_DEFLATE 8
#define ZIP_ER_OK 0
#define ZIP_ER_MEMORY 14
#define ZIP_ER_INVAL 18
#define ZIP_ER_EXISTS 10

void zip_error_init(zip_error_t* error);
void zip_error_fini(zip_error_t* error);
const char* zip_error_strerror(zip_error_t* error);

zip_source_t* zip_source_buffer_create(const void* data, zip_uint64_t length, int freep, zip_error_t* error);
zip_source_t* zip_source_buffer(zip_t* archive, const void* data, zip_uint64_t length, int freep);
void zip_source_keep(zip_source_t* source);
void zip_source_free(zip_source_t* source);
int zip_source_open(zip_source_t* source);
int zip_source_close(zip_source_t* source);
int zip_source_seek(zip_source_t* source, zip_int64_t offset, int whence);
zip_int64_t zip_source_tell(zip_source_t* source);
zip_int64_t zip_source_read(zip_source_t* source, void* data, zip_uint64_t length);
zip_error_t* zip_source_error(zip_source_t* source);

zip_t* zip_open_from_source(zip_source_t* source, int flags, zip_error_t* error);
zip_int64_t zip_file_add(zip_t* archive, const char* name, zip_source_t* source, zip_flags_t flags);
int zip_set_file_compression(zip_t* archive, zip_uint64_t index, zip_int32_t method, zip_uint32_t level);
int zip_file_set_mtime(zip_t* archive, zip_uint64_t index, time_t mtime, zip_flags_t flags);
int zip_close(zip_t* archive);
void zip_discard(zip_t* archive);
const char* zip_strerror(zip_t* archive);
}
