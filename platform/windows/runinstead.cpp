#include "platform/runinstead.h"

#include "platform/windows/winutil.h"

#include <string>
#include <windows.h>

namespace ld::platform {

namespace {

// One argument quoted the way CommandLineToArgvW and the C runtime split it again: backslashes
// are literal except before a quote, where each must be doubled.
std::wstring quoted(const std::wstring& argument) {
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos)
        return argument;
    std::wstring out = L"\"";
    for (auto it = argument.begin();; ++it) {
        size_t backslashes = 0;
        while (it != argument.end() && *it == L'\\') {
            ++it;
            ++backslashes;
        }
        if (it == argument.end()) {
            out.append(backslashes * 2, L'\\');
            break;
        }
        if (*it == L'"') {
            out.append(backslashes * 2 + 1, L'\\');
            out.push_back(L'"');
        } else {
            out.append(backslashes, L'\\');
            out.push_back(*it);
        }
    }
    out.push_back(L'"');
    return out;
}

} // namespace

int runInstead(const QString& program, const QStringList& arguments, QString* error) {
    const std::wstring path = program.toStdWString();
    std::wstring commandLine = quoted(path);
    for (const QString& argument : arguments)
        commandLine += L' ' + quoted(argument.toStdWString());
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    // The GUI program has no console of its own: it writes (--screenshots, --help) to ours.
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(path.c_str(), commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr,
                        &startup, &process)) {
        if (error)
            *error = QString::fromStdString(windows_os::systemMessage(GetLastError()));
        return -1;
    }
    CloseHandle(process.hThread);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD status = 0;
    GetExitCodeProcess(process.hProcess, &status);
    CloseHandle(process.hProcess);
    return static_cast<int>(status);
}

} // namespace ld::platform
