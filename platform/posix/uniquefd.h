#pragma once
// A file descriptor closed when it goes out of scope (POSIX only).

#include <unistd.h>

namespace ld::platform {

class UniqueFd {
public:
    explicit UniqueFd(int fd)
        : m_fd(fd) {}
    ~UniqueFd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

} // namespace ld::platform
