// A stand-in for wsl.exe in the Wine tests (Wine has none): it writes what the real one writes to a
// pipe, UTF-16LE without a BOM, CRLF line ends, so the collector's run-and-decode path runs for real.
//   wsl.exe -l -v                the UTF-8 file named by LD_WSL_STANDIN_LIST, re-encoded
//   wsl.exe -l --running -q      the names in LD_WSL_STANDIN_RUNNING (separated by ';'), one a line
// Anything else: exit 1, as wsl.exe does on a bad usage. Plain Win32, no Qt.

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <cwchar>
#include <string>

namespace {

std::wstring variable(const wchar_t* name) {
    wchar_t buffer[4096] = {};
    const DWORD length = GetEnvironmentVariableW(name, buffer, 4096);
    return length > 0 && length < 4096 ? std::wstring(buffer, length) : std::wstring();
}

std::wstring fileAsText(const std::wstring& path) {
    HANDLE file =
        CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return {};
    std::string bytes;
    char chunk[4096];
    DWORD got = 0;
    while (ReadFile(file, chunk, sizeof chunk, &got, nullptr) && got > 0 && bytes.size() < 65536)
        bytes.append(chunk, got);
    CloseHandle(file);
    const int size = MultiByteToWideChar(CP_UTF8, 0, bytes.data(), int(bytes.size()), nullptr, 0);
    std::wstring text(std::size_t(size > 0 ? size : 0), L'\0');
    if (size > 0)
        MultiByteToWideChar(CP_UTF8, 0, bytes.data(), int(bytes.size()), text.data(), size);
    return text;
}

// LF or CRLF in, CRLF out, as UTF-16LE bytes on stdout.
void write(const std::wstring& text) {
    std::wstring crlf;
    for (const wchar_t c : text) {
        if (c == L'\r')
            continue;
        if (c == L'\n')
            crlf += L'\r';
        crlf += c;
    }
    DWORD written = 0;
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), crlf.data(), DWORD(crlf.size() * sizeof(wchar_t)), &written,
              nullptr);
}

} // namespace

int main(int argc, char** argv) {
    bool list = false, verbose = false, running = false, quiet = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        list |= arg == "-l" || arg == "--list";
        verbose |= arg == "-v" || arg == "--verbose";
        running |= arg == "--running";
        quiet |= arg == "-q" || arg == "--quiet";
    }
    if (list && verbose) {
        write(fileAsText(variable(L"LD_WSL_STANDIN_LIST")));
        return 0;
    }
    if (list && running && quiet) {
        std::wstring names = variable(L"LD_WSL_STANDIN_RUNNING");
        for (wchar_t& c : names)
            if (c == L';')
                c = L'\n';
        write(names + L"\n");
        return 0;
    }
    return 1;
}
