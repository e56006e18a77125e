// A small Windows console MCP server for the Wine tests (no Qt, no Node: Windows Node is not at
// hand). Newline-delimited JSON-RPC on stdin/stdout; answers initialize and tools/list, refuses
// other requests, ignores notifications, and exits when stdin closes.
//   win-mcp-peer.exe                         the server
//   win-mcp-peer.exe --spawn-child PIDFILE   the server, having first started a copy of itself
//                                            that sleeps (up to 120 s) and ignores stdin: the
//                                            grandchild a job object must end; its pid goes to PIDFILE
//   win-mcp-peer.exe --sleeper               that copy
//   win-mcp-peer.exe --alive PID             exit 0 when process PID is still running, else 1

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace {

// The raw JSON value after "key": (a number or a string with its quotes), or empty.
std::string rawValue(const std::string& line, const char* key) {
    const std::string needle = std::string("\"") + key + "\"";
    std::size_t at = line.find(needle);
    if (at == std::string::npos)
        return {};
    at = line.find(':', at + needle.size());
    if (at == std::string::npos)
        return {};
    ++at;
    while (at < line.size() && line[at] == ' ')
        ++at;
    if (at < line.size() && line[at] == '"') {
        const std::size_t end = line.find('"', at + 1);
        return end == std::string::npos ? std::string() : line.substr(at, end - at + 1);
    }
    std::size_t end = at;
    while (end < line.size() && line[end] != ',' && line[end] != '}' && line[end] != ' ')
        ++end;
    return line.substr(at, end - at);
}

void reply(const std::string& id, const std::string& body) {
    std::cout << "{\"jsonrpc\":\"2.0\",\"id\":" << id << "," << body << "}\n" << std::flush;
}

int serve() {
    std::string line;
    for (int lines = 0; lines < 10000 && std::getline(std::cin, line); ++lines) {
        const std::string id = rawValue(line, "id");
        const std::string method = rawValue(line, "method");
        if (id.empty())
            continue; // a notification
        if (method == "\"initialize\"") {
            std::string version = rawValue(line, "protocolVersion");
            if (version.empty())
                version = "\"2025-03-26\"";
            reply(id, "\"result\":{\"protocolVersion\":" + version +
                          ",\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"win-mcp-peer\","
                          "\"version\":\"1.0\"}}");
        } else if (method == "\"tools/list\"") {
            reply(id,
                  "\"result\":{\"tools\":[{\"name\":\"echo\",\"description\":\"Echoes its input\","
                  "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}}}}]}");
        } else {
            reply(id, "\"error\":{\"code\":-32601,\"message\":\"Method not found\"}");
        }
    }
    return 0;
}

int spawnSleeper(const char* pidFile) {
    wchar_t self[MAX_PATH];
    GetModuleFileNameW(nullptr, self, MAX_PATH);
    std::wstring command = L"\"" + std::wstring(self) + L"\" --sleeper";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION info{};
    if (!CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr,
                        &startup, &info)) {
        std::fprintf(stderr, "win-mcp-peer: CreateProcess failed: %lu\n", GetLastError());
        return 1;
    }
    if (FILE* out = std::fopen(pidFile, "w")) {
        std::fprintf(out, "%lu\n", info.dwProcessId);
        std::fclose(out);
    }
    std::fprintf(stderr, "win-mcp-peer: started sleeper pid %lu\n", info.dwProcessId);
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return 0;
}

int alive(unsigned long pid) {
    HANDLE process = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process)
        return 1;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::strcmp(argv[1], "--sleeper") == 0) {
        Sleep(120000);
        return 0;
    }
    if (argc >= 3 && std::strcmp(argv[1], "--alive") == 0)
        return alive(std::strtoul(argv[2], nullptr, 10));
    if (argc >= 3 && std::strcmp(argv[1], "--spawn-child") == 0 && spawnSleeper(argv[2]) != 0)
        return 1;
    return serve();
}
