// A job object per started MCP server: the server is created suspended, assigned to the job, then
// resumed, so nothing it starts (cmd /c -> npx -> node) escapes. KILL_ON_JOB_CLOSE ends the tree
// when the group is destroyed and when this program dies without destroying it.

#include "platform/childgroup.h"

#include "platform/log.h"
#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <tlhelp32.h>

#include <spdlog/spdlog.h>

namespace ld::platform {
namespace {

HANDLE newJob() {
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return nullptr;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
        log::get(log::Area::Platform)
            .warn("job object: no kill-on-close ({})", windows_os::systemMessage(GetLastError()));
        CloseHandle(job);
        return nullptr;
    }
    return job;
}

// Resumes the threads of a process created suspended (only its first thread exists then). Qt keeps
// the thread handle CreateProcess returned to itself, so the thread is found by its process id.
int resumeThreads(DWORD pid) {
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return 0;
    int resumed = 0;
    THREADENTRY32 entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Thread32First(snapshot, &entry); more && resumed < 64;
         more = Thread32Next(snapshot, &entry)) {
        if (entry.th32OwnerProcessID != pid)
            continue;
        if (HANDLE thread = OpenThread(THREAD_SUSPEND_RESUME, FALSE, entry.th32ThreadID)) {
            if (ResumeThread(thread) != DWORD(-1))
                ++resumed;
            CloseHandle(thread);
        }
    }
    CloseHandle(snapshot);
    return resumed;
}

} // namespace

ChildGroup::ChildGroup()
    : m_handle(newJob()) {}

ChildGroup::~ChildGroup() {
    if (m_handle) {
        endAll();
        CloseHandle(static_cast<HANDLE>(m_handle));
    }
}

bool ChildGroup::supported() const {
    return m_handle != nullptr;
}

void ChildGroup::prepare(QProcess& process) {
    if (!m_handle)
        return;
    m_prepared = true;
    process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments* arguments) { arguments->flags |= CREATE_SUSPENDED; });
}

bool ChildGroup::adopt(QProcess& process) {
    if (!m_prepared)
        return false;
    const auto pid = DWORD(process.processId());
    if (pid == 0)
        return false;
    bool joined = false;
    if (HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, pid)) {
        joined = AssignProcessToJobObject(static_cast<HANDLE>(m_handle), child) != 0;
        if (!joined)
            log::get(log::Area::Platform)
                .warn("job object: pid {} not assigned ({})", pid, windows_os::systemMessage(GetLastError()));
        CloseHandle(child);
    }
    // Whatever happened, the program must run: a suspended server would look hung.
    if (resumeThreads(pid) == 0)
        log::get(log::Area::Platform).warn("job object: no thread of pid {} resumed", pid);
    return joined;
}

int ChildGroup::endAll() {
    if (!m_handle)
        return 0;
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION accounting{};
    int active = 0;
    if (QueryInformationJobObject(static_cast<HANDLE>(m_handle), JobObjectBasicAccountingInformation,
                                  &accounting, sizeof accounting, nullptr))
        active = int(accounting.ActiveProcesses);
    if (active > 0 || accounting.TotalProcesses == 0)
        TerminateJobObject(static_cast<HANDLE>(m_handle), 1);
    return active;
}

} // namespace ld::platform
