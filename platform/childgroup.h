#pragma once
// Keeps a started program and every process it starts together, so that the whole tree ends with
// the diagnosis that started it. Windows: a job object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE (the
// OS also ends the tree when this program dies, because it closes the handle); a server started as
// `cmd /c npx ...` otherwise leaves node running when cmd is ended. Elsewhere the group holds
// nothing: POSIX servers are ended through their own process (platform/posix/childgroup.cpp).

#include <QProcess>

namespace ld::platform {

class ChildGroup {
public:
    ChildGroup();
    ~ChildGroup(); // ends every process still in the group
    ChildGroup(const ChildGroup&) = delete;
    ChildGroup& operator=(const ChildGroup&) = delete;

    // Whether this OS keeps a tree together (a job object could be made).
    bool supported() const;
    // Before QProcess::start(): on Windows the process is created suspended, so that it is in the
    // group before it runs a single instruction (and before it can start anything).
    void prepare(QProcess& process);
    // Right after QProcess::start() succeeded: puts it in the group and lets it run. It always runs;
    // false when it could not join (then it is outside the group).
    bool adopt(QProcess& process);
    // Ends every process still in the group; how many there were (0 where unsupported).
    int endAll();

private:
    // Used on Windows only (the job object); POSIX keeps no group here.
    [[maybe_unused]] void* m_handle = nullptr;
    [[maybe_unused]] bool m_prepared = false;
};

} // namespace ld::platform
