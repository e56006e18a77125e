// The owner scan (platform/linux/ownerscan.cpp) against real processes: it reads the standard
// streams (fds 0-2) only after every other fd, so a listener passed as fd 0 (an inetd-style
// service) must still be found, for a check's few inodes and for the one pass of many; and when
// a socket has a holder in both passes, the holder outside the standard streams is the answer.
// Links are read by number up to the folder's count of open files: a holder with gaps in its fd
// table, short or long, must be found all the same. And the holder's user is its effective uid,
// also for a process that dropped privileges (which makes it non-dumpable).

#include "platform/linux/collectors.h"

#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ld::platform;

namespace {

int listenOnLoopback() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd, 4) != 0)
        return -1;
    return fd;
}

std::uint64_t inodeOf(int fd) {
    struct stat info {};
    return ::fstat(fd, &info) == 0 ? std::uint64_t(info.st_ino) : 0;
}

// A child that holds `fd` as its fd `as` and execs sleep; with closeStreams its fds 0-2 are
// closed first (a daemon with no standard streams). Returns its pid once the exec has happened.
pid_t childHolding(int fd, int as, bool closeStreams) {
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        return -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (closeStreams)
            for (int stream = 0; stream <= 2; ++stream)
                if (stream != as)
                    ::close(stream);
        if (fd != as)
            ::dup2(fd, as); // dup2 clears FD_CLOEXEC on the copy: sleep keeps it
        else
            ::fcntl(as, F_SETFD, 0);
        ::execlp("sleep", "sleep", "30", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(ready[1]);
    char byte = 0;
    // The write end is close-on-exec: read() returns 0 exactly when the child has exec'd.
    const bool execd = pid > 0 && ::read(ready[0], &byte, 1) == 0;
    ::close(ready[0]);
    return execd ? pid : -1;
}

// What inetd hands a service: the socket as standard input.
pid_t childWithSocketAsStdin(int fd) {
    return childHolding(fd, 0, false);
}

// inodes 1-20 are never sockets: with the real one, more than a check's few (as `listeners` asks)
std::vector<std::uint64_t> manyWith(std::uint64_t inode) {
    std::vector<std::uint64_t> many{inode};
    for (std::uint64_t fake = 1; fake <= 20; ++fake)
        many.push_back(fake);
    return many;
}

struct Child {
    pid_t pid = -1;
    ~Child() {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
};

} // namespace

class TestOwnerScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listenerAsStandardInput() {
        const int fd = listenOnLoopback();
        QVERIFY(fd >= 0);
        const std::uint64_t inode = inodeOf(fd);
        Child child{childWithSocketAsStdin(fd)};
        QVERIFY(child.pid > 0);
        ::close(fd); // only the child holds it now, as fd 0

        // A check's few inodes: found in the second pass.
        auto owners = linux_os::socketOwners({inode});
        QCOMPARE(owners.size(), std::size_t(1));
        QCOMPARE(owners.at(inode).pid, std::int64_t(child.pid));
        QCOMPARE(owners.at(inode).program, std::string("sleep"));

        // Many inodes (as `listeners` asks): one pass over every fd finds it too.
        owners = linux_os::socketOwners(manyWith(inode));
        QCOMPARE(owners.size(), std::size_t(1));
        QCOMPARE(owners.at(inode).pid, std::int64_t(child.pid));
    }

    // A process with a single open file, the listener as fd 3: fewer than three files make the
    // first pass leave it to the second, which must read the whole folder.
    void listenerInAProcessWithoutStreams() {
        const int fd = listenOnLoopback();
        QVERIFY(fd >= 0);
        const std::uint64_t inode = inodeOf(fd);
        Child child{childHolding(fd, 3, true)};
        QVERIFY(child.pid > 0);
        ::close(fd);
        const auto owners = linux_os::socketOwners({inode});
        QCOMPARE(owners.size(), std::size_t(1));
        QCOMPARE(owners.at(inode).pid, std::int64_t(child.pid));
    }

    // This process holds the socket as fd >= 3 and a newer child as fd 0: newest first would name
    // the child, but the first pass finds this process and its answer stands.
    void holderOutsideTheStreamsWins() {
        const int fd = listenOnLoopback();
        QVERIFY(fd >= 3);
        const std::uint64_t inode = inodeOf(fd);
        Child child{childWithSocketAsStdin(fd)};
        QVERIFY(child.pid > 0);
        const auto owners = linux_os::socketOwners({inode});
        QCOMPARE(owners.size(), std::size_t(1));
        QCOMPARE(owners.at(inode).pid, std::int64_t(::getpid()));
        ::close(fd);
    }

    // fds 0-2 and the listener as fd 9 or fd 300: a short gap is read past by number, a long one
    // makes the scan list the folder instead. Both for a check's few inodes and for many.
    void listenerAfterGapsInTheFdTable_data() {
        QTest::addColumn<int>("as");
        QTest::newRow("fd 9") << 9;
        QTest::newRow("fd 300") << 300;
    }
    void listenerAfterGapsInTheFdTable() {
        QFETCH(int, as);
        const int fd = listenOnLoopback();
        QVERIFY(fd >= 0);
        const std::uint64_t inode = inodeOf(fd);
        Child child{childHolding(fd, as, false)};
        QVERIFY(child.pid > 0);
        ::close(fd);
        for (const auto& inodes : {std::vector<std::uint64_t>{inode}, manyWith(inode)}) {
            const auto owners = linux_os::socketOwners(inodes);
            QCOMPARE(owners.size(), std::size_t(1));
            QCOMPARE(owners.at(inode).pid, std::int64_t(child.pid));
        }
    }

    // A server that bound as root and then became nobody: the kernel makes it non-dumpable, and
    // its /proc files (but not the /proc/PID folder) show root as their owner. Its user is nobody.
    void holderThatDroppedPrivileges() {
        if (::geteuid() != 0)
            QSKIP("needs root to start a process that drops privileges (CI runs as root)");
        constexpr uid_t nobody = 65534;
        const int fd = listenOnLoopback();
        QVERIFY(fd >= 0);
        const std::uint64_t inode = inodeOf(fd);
        int ready[2];
        QVERIFY(::pipe2(ready, O_CLOEXEC) == 0);
        Child child{::fork()};
        if (child.pid == 0) {
            const bool dropped =
                ::setresgid(nobody, nobody, nobody) == 0 && ::setresuid(nobody, nobody, nobody) == 0;
            const char byte = dropped ? 1 : 0;
            (void)!::write(ready[1], &byte, 1);
            for (;;)
                ::pause(); // holds the listener until the test kills it
        }
        ::close(ready[1]);
        char byte = 0;
        QVERIFY(child.pid > 0 && ::read(ready[0], &byte, 1) == 1);
        ::close(ready[0]);
        QCOMPARE(int(byte), 1);
        ::close(fd);

        struct stat statFile {};
        const std::string stat = "/proc/" + std::to_string(child.pid) + "/stat";
        QVERIFY(::stat(stat.c_str(), &statFile) == 0);
        QCOMPARE(statFile.st_uid, uid_t(0)); // non-dumpable: only the /proc/PID folder keeps its owner

        for (const auto& inodes : {std::vector<std::uint64_t>{inode}, manyWith(inode)}) {
            const auto owners = linux_os::socketOwners(inodes);
            QCOMPARE(owners.size(), std::size_t(1));
            QCOMPARE(owners.at(inode).pid, std::int64_t(child.pid));
            QCOMPARE(owners.at(inode).uid, std::uint32_t(nobody));
            QCOMPARE(owners.at(inode).user, linux_os::userName(nobody));
        }
        const auto info = linux_os::processInfo(child.pid);
        QVERIFY(info);
        QCOMPARE(info->uid, std::uint32_t(nobody));
    }
};

QTEST_APPLESS_MAIN(TestOwnerScan)
#include "tst_ownerscan.moc"
