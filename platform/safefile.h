#pragma once
// The one writer for every file the app writes: a temporary file beside the target, every write
// checked, flushed and synced, read back and compared, then renamed into place; on any failure
// the original is byte-identical and no temporary file remains. platform/<os>/safefile.cpp
// holds writeFileSafely(); the rest is shared.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>

namespace ld::platform {

enum class WriteError {
    None,
    NoSpace,    // the disk (or a quota) is full
    ReadOnly,   // a read-only file system
    Denied,     // no permission, or an immutable file or folder
    NoFolder,   // the folder does not exist
    NotRegular, // the target exists and is not a regular file
    Exists,     // WriteOptions::mustNotExist and the target exists
    Verify,     // what reached the disk is not what was written
    Other,
};

struct WriteOptions {
    // Copy the mode (and, when running as root, the owner) from this file: a backup takes the
    // original's. Empty: the target's own when it exists.
    std::string modeFrom;
    bool mustNotExist = false; // never replace a file (a backup)
    bool privateNew = true;    // a new file is 0600; false: 0644 (files other programs read)
};

struct WriteResult {
    WriteError error = WriteError::None;
    int code = 0;       // errno (GetLastError on Windows)
    std::string step;   // what failed: "create", "write", "sync", "verify", "close", "rename"
    std::string path;   // the target
    std::string volume; // the mount point (or folder) holding the target
    std::string detail; // the OS's own words
    bool ok() const { return error == WriteError::None; }
};

// What a path names, for refusing inputs that are not files before opening them.
enum class FileKind { Missing, Regular, Directory, Fifo, Socket, Device, Other };

enum class ReadError { None, Missing, NotRegular, TooBig, Denied, Other };
struct ReadResult {
    ReadError error = ReadError::None;
    FileKind kind = FileKind::Missing;
    std::int64_t size = 0; // the file's size (also when it was too big to read)
    std::string bytes;
    int code = 0;
    std::string detail; // the OS's own words
    bool ok() const { return error == ReadError::None; }
};

// Per OS. Reads a regular file whole, at most maxBytes: a FIFO, a device, a folder or a socket is
// refused without blocking (opened non-blocking, checked on the open handle), a bigger file is
// refused without being read.
ReadResult readRegularFile(const std::string& path, std::int64_t maxBytes);

// Per OS. Writes `bytes` to `path` as described above.
WriteResult writeFileSafely(const std::string& path, std::string_view bytes,
                            const WriteOptions& options = {});

// One line for logs: "write /mnt/x/a.json: No space left on device (volume /mnt/x)".
std::string describeWriteFailure(const WriteResult& result);

// The Qt face of the same writer, with the messages people read.
class SafeFile {
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
public:
    static WriteResult write(const QString& path, const QByteArray& bytes, const WriteOptions& options = {});
    // What failed, on which disk or folder, and what to do; translated. Empty when it worked.
    static QString failureMessage(const WriteResult& result);
};

namespace testing {
// Makes the next writes fail at `step` ("write", "sync", "verify", "rename"...) with errno-like
// `code` (0 with "verify": the read-back differs), only for targets whose path ends with
// `pathSuffix` when it is given; an empty step stops it. For tests only.
void injectWriteFault(const std::string& step, int code, const std::string& pathSuffix = {});
} // namespace testing

namespace detail {
// For the per-OS writer: whether a fault was injected at `step`, and its code.
bool injectedFault(const char* step, const std::string& path, int* code);
} // namespace detail

} // namespace ld::platform
