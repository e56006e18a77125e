// writeFileSafely on Linux and macOS: mkstemp beside the target, write/fsync/re-read, then
// rename (or link, when the target must not exist), then fsync the folder.
#include "platform/safefile.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ld::platform {
namespace {

std::string folderOf(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The mount point holding `folder`: the highest ancestor on the same device.
std::string mountPointOf(const std::string& folder) {
    char resolved[PATH_MAX];
    std::string at = ::realpath(folder.c_str(), resolved) ? std::string(resolved) : folder;
    struct stat here {};
    if (::stat(at.c_str(), &here) != 0)
        return folder;
    for (int guard = 0; guard < 256 && at != "/"; ++guard) {
        const std::string parent = folderOf(at);
        struct stat up {};
        if (::stat(parent.c_str(), &up) != 0 || up.st_dev != here.st_dev)
            break;
        at = parent;
    }
    return at;
}

WriteError classify(int code) {
    switch (code) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return WriteError::NoSpace;
    case EROFS:
        return WriteError::ReadOnly;
    case EACCES:
    case EPERM:
        return WriteError::Denied;
    case ENOENT:
    case ENOTDIR:
        return WriteError::NoFolder;
    case EEXIST:
        return WriteError::Exists;
    default:
        return WriteError::Other;
    }
}

struct Writer {
    const std::string& path;
    WriteResult result;
    std::string temporary;
    int fd = -1;

    bool fail(const char* step, int code) {
        result.error = code == 0 ? WriteError::Verify : classify(code);
        result.code = code;
        result.step = step;
        result.detail = code == 0 ? std::string("the read-back differs") : std::strerror(code);
        result.volume = mountPointOf(folderOf(result.path));
        return false;
    }
    // Runs one step: a fault a test injected there, or the step's own failure, ends the write.
    template <typename Step> bool check(const char* step, Step&& run) {
        int code = 0;
        if (detail::injectedFault(step, result.path, &code))
            return fail(step, code);
        errno = 0;
        if (run())
            return true;
        return fail(step, errno);
    }

    ~Writer() {
        if (fd >= 0)
            ::close(fd);
        if (!temporary.empty())
            ::unlink(temporary.c_str());
    }
};

bool writeAll(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        done += std::size_t(n);
    }
    return true;
}

// Re-reads the file from the disk (the cache dropped where the OS allows) and compares.
bool readsBack(int fd, std::string_view bytes) {
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return false;
    if (st.st_size != off_t(bytes.size())) {
        errno = 0;
        return false;
    }
#ifdef POSIX_FADV_DONTNEED
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
#endif
    std::vector<char> buffer(64 * 1024);
    std::size_t at = 0;
    while (at < bytes.size()) {
        const ssize_t n = ::pread(fd, buffer.data(), std::min(buffer.size(), bytes.size() - at), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || std::memcmp(buffer.data(), bytes.data() + at, std::size_t(n)) != 0) {
            if (n == 0)
                errno = 0;
            else if (n > 0)
                errno = 0;
            return false;
        }
        at += std::size_t(n);
    }
    return true;
}

} // namespace

WriteResult writeFileSafely(const std::string& target, std::string_view bytes, const WriteOptions& options) {
    // A symlinked file (dotfiles) is written where it points, and the link stays.
    std::string path = target;
    struct stat existing {};
    const bool exists = ::lstat(target.c_str(), &existing) == 0;
    if (exists && S_ISLNK(existing.st_mode)) {
        char resolved[PATH_MAX];
        if (::realpath(target.c_str(), resolved))
            path = resolved;
    }
    Writer w{path, {}, {}, -1};
    w.result.path = target;

    struct stat original {};
    const bool haveOriginal = ::stat(path.c_str(), &original) == 0;
    if (haveOriginal && options.mustNotExist) {
        errno = EEXIST;
        w.fail("create", EEXIST);
        return w.result;
    }
    if (haveOriginal && !S_ISREG(original.st_mode)) {
        w.fail("stat", EINVAL);
        w.result.error = WriteError::NotRegular;
        w.result.detail = "not a regular file";
        return w.result;
    }
    struct stat modeSource = original;
    bool haveMode = haveOriginal;
    if (!options.modeFrom.empty())
        haveMode = ::stat(options.modeFrom.c_str(), &modeSource) == 0;

    std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    std::string pattern = folderOf(path) + "/." + name + ".tmp-XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!w.check("create", [&] {
            w.fd = ::mkstemp(buffer.data());
            if (w.fd >= 0)
                w.temporary = buffer.data();
            return w.fd >= 0;
        }))
        return w.result;
    ::fcntl(w.fd, F_SETFD, FD_CLOEXEC);

    const mode_t mode = haveMode ? (modeSource.st_mode & 07777) : (options.privateNew ? 0600 : 0644);
    if (!w.check("chmod", [&] { return ::fchmod(w.fd, mode) == 0; }))
        return w.result;
    if (haveMode && ::geteuid() == 0 && (modeSource.st_uid != 0 || modeSource.st_gid != 0))
        if (!w.check("chown", [&] { return ::fchown(w.fd, modeSource.st_uid, modeSource.st_gid) == 0; }))
            return w.result;

    if (!w.check("write", [&] { return writeAll(w.fd, bytes); }))
        return w.result;
    if (!w.check("sync", [&] { return ::fsync(w.fd) == 0; }))
        return w.result;
    if (!w.check("verify", [&] { return readsBack(w.fd, bytes); }))
        return w.result;
    if (!w.check("close", [&] {
            const int fd = w.fd;
            w.fd = -1;
            return ::close(fd) == 0;
        }))
        return w.result;

    if (options.mustNotExist) {
        // link() never replaces: a file that appeared meanwhile is kept.
        if (!w.check("rename", [&] { return ::link(w.temporary.c_str(), path.c_str()) == 0; }))
            return w.result;
    } else if (!w.check("rename", [&] { return ::rename(w.temporary.c_str(), path.c_str()) == 0; })) {
        return w.result;
    }
    if (options.mustNotExist)
        ::unlink(w.temporary.c_str());
    w.temporary.clear();

    const int folder = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder); // the rename itself reaches the disk (EINVAL on some file systems: harmless)
        ::close(folder);
    }
    return w.result;
}

} // namespace ld::platform

namespace ld::platform {
namespace {

FileKind kindOf(mode_t mode) {
    if (S_ISREG(mode))
        return FileKind::Regular;
    if (S_ISDIR(mode))
        return FileKind::Directory;
    if (S_ISFIFO(mode))
        return FileKind::Fifo;
    if (S_ISSOCK(mode))
        return FileKind::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileKind::Device;
    return FileKind::Other;
}

} // namespace

ReadResult readRegularFile(const std::string& path, std::int64_t maxBytes) {
    ReadResult result;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        result.code = errno;
        result.error = errno == ENOENT || errno == ENOTDIR ? ReadError::Missing
                       : errno == EACCES                   ? ReadError::Denied
                                                           : ReadError::Other;
        result.detail = std::strerror(result.code);
        return result;
    }
    // Refused before opening: opening a FIFO for reading waits for a writer.
    result.kind = kindOf(st.st_mode);
    result.size = std::int64_t(st.st_size);
    if (result.kind != FileKind::Regular) {
        result.error = ReadError::NotRegular;
        return result;
    }
    if (result.size > maxBytes) {
        result.error = ReadError::TooBig;
        return result;
    }
    // O_NONBLOCK: if the path was swapped for a FIFO meanwhile, the open does not wait.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        result.code = errno;
        result.error = errno == EACCES || errno == EPERM ? ReadError::Denied : ReadError::Other;
        result.detail = std::strerror(result.code);
        return result;
    }
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        result.kind = kindOf(opened.st_mode);
        result.error = ReadError::NotRegular;
        ::close(fd);
        return result;
    }
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.code = errno;
            result.error = ReadError::Other;
            result.detail = std::strerror(result.code);
            break;
        }
        if (n == 0)
            break;
        if (std::int64_t(result.bytes.size()) + n > maxBytes) { // it grew while being read
            result.error = ReadError::TooBig;
            result.size = std::int64_t(result.bytes.size()) + n;
            result.bytes.clear();
            break;
        }
        result.bytes.append(buffer.data(), std::size_t(n));
    }
    ::close(fd);
    if (result.ok())
        result.size = std::int64_t(result.bytes.size());
    return result;
}

} // namespace ld::platform
