#include "support/fakesystem.h"

#include "platform/hostsfile.h"
#include "platform/procnet.h"
#include "support/peers.h"

#include <QFile>
#include <algorithm>
#include <cerrno>

namespace ld::test {

using platform::ConnectOutcome;
using platform::IpAddress;

QByteArray readFixture(const QString& relativePath) {
    QFile file(fixture(relativePath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FakeSystem::FakeSystem() {
    names["localhost"] = {IpAddress::v6Loopback(), IpAddress::v4(127, 0, 0, 1)};
    hosts.path = "/etc/hosts";
    hosts.readable = true;
    hosts.entries = {{"127.0.0.1", {"localhost"}, 1}, {"::1", {"localhost", "ip6-localhost"}, 2}};
    policy.source = "fake";
}

std::uint64_t FakeSystem::addListener(const std::string& address, std::uint16_t port, std::int64_t pid,
                                      const char* program, std::uint32_t socketUid,
                                      const std::string& commandLine) {
    platform::Socket socket;
    socket.proto = platform::Proto::Tcp;
    socket.local = IpAddress::parse(address).value_or(IpAddress::any(platform::Family::V4));
    socket.localPort = port;
    socket.state = platform::TcpState::Listen;
    socket.uid = socketUid;
    socket.inode = ++m_nextInode;
    socket.sendQueue = 128;
    socketTable.push_back(socket);
    if (program) {
        platform::ProcessInfo owner;
        owner.pid = pid;
        owner.program = program;
        owner.commandLine = commandLine.empty() ? std::string(program) : commandLine;
        owner.executable = "/usr/bin/" + std::string(program);
        owner.uid = socketUid;
        owner.user = userName(socketUid);
        owner.startTime = 4242;
        owners[socket.inode] = owner;
        processes[pid] = owner;
    }
    return socket.inode;
}

void FakeSystem::loadProcNet(const QString& fixturePath, platform::Proto proto, platform::Family family) {
    const QByteArray text = readFixture(fixturePath);
    const auto parsed =
        platform::parseProcNet(std::string_view(text.constData(), size_t(text.size())), proto, family);
    socketTable.insert(socketTable.end(), parsed.begin(), parsed.end());
}

void FakeSystem::loadHosts(const QString& fixturePath) {
    const QByteArray text = readFixture(fixturePath);
    hosts = platform::parseHostsFile(std::string_view(text.constData(), size_t(text.size())), "/etc/hosts");
}

void FakeSystem::addFirewallSource(const std::string& name, const std::string& command,
                                   const QString& fixturePath) {
    platform::FirewallSource source;
    source.name = name;
    source.command = command;
    source.text = readFixture(fixturePath).toStdString();
    source.readable = !source.text.empty();
    firewall.sources.push_back(source);
}

std::vector<platform::Socket> FakeSystem::sockets(const platform::SocketQuery& query) {
    std::vector<platform::Socket> out;
    for (const platform::Socket& socket : socketTable) {
        if (query.listeningOnly && !socket.isListening())
            continue;
        if (query.port && socket.localPort != *query.port)
            continue;
        if ((socket.proto == platform::Proto::Tcp && !query.tcp) ||
            (socket.proto == platform::Proto::Udp && !query.udp))
            continue;
        out.push_back(socket);
    }
    return out;
}

std::map<std::uint64_t, platform::ProcessInfo>
FakeSystem::socketOwners(const std::vector<std::uint64_t>& inodes) {
    std::map<std::uint64_t, platform::ProcessInfo> out;
    for (const std::uint64_t inode : inodes)
        if (const auto it = owners.find(inode); it != owners.end())
            out.insert(*it);
    return out;
}

std::optional<platform::ProcessInfo> FakeSystem::process(std::int64_t pid) {
    const auto it = processes.find(pid);
    return it == processes.end() ? std::nullopt : std::optional(it->second);
}

std::string FakeSystem::userName(std::uint32_t id) {
    return id == 0 ? "root" : id == uid ? "ana" : "user" + std::to_string(id);
}

std::vector<IpAddress> FakeSystem::resolve(const std::string& host, std::string* error) {
    const auto it = names.find(host);
    if (it != names.end())
        return it->second;
    if (error)
        *error = resolveError;
    return {};
}

std::vector<platform::ConnectAttempt> FakeSystem::connectAll(const std::vector<IpAddress>& addresses,
                                                             std::uint16_t port,
                                                             std::chrono::milliseconds timeout) {
    ++connectCalls;
    std::vector<platform::ConnectAttempt> attempts;
    for (const IpAddress& address : addresses) {
        platform::ConnectAttempt attempt;
        attempt.address = address;
        attempt.port = port;
        const std::string text = address.toString();
        const auto specific = outcomes.find(text + ":" + std::to_string(port));
        const auto general = outcomes.find(text);
        if (specific != outcomes.end())
            attempt.outcome = specific->second;
        else if (general != outcomes.end())
            attempt.outcome = general->second;
        else
            attempt.outcome = std::any_of(socketTable.begin(), socketTable.end(),
                                          [&](const platform::Socket& s) {
                                              return s.proto == platform::Proto::Tcp && s.isListening() &&
                                                     s.localPort == port && s.accepts(address);
                                          })
                                  ? ConnectOutcome::Connected
                                  : ConnectOutcome::Refused;
        switch (attempt.outcome) {
        case ConnectOutcome::Refused:
            attempt.osError = ECONNREFUSED;
            attempt.errorText = "Connection refused";
            break;
        case ConnectOutcome::TimedOut:
            attempt.osError = ETIMEDOUT;
            attempt.errorText = "Connection timed out";
            attempt.elapsedMs = double(timeout.count());
            break;
        case ConnectOutcome::Unreachable:
            attempt.osError = EHOSTUNREACH; // this OS's number, as the engine compares it
            attempt.errorText = "No route to host";
            break;
        default:
            break;
        }
        attempts.push_back(attempt);
    }
    return attempts;
}

bool FakeSystem::canBind(platform::Proto proto, const IpAddress& address, std::uint16_t port) {
    if (unbindable.contains(address.toString() + ":" + std::to_string(port)))
        return false;
    return std::none_of(socketTable.begin(), socketTable.end(), [&](const platform::Socket& s) {
        return s.proto == proto && s.isListening() && s.localPort == port &&
               (s.local == address || s.local.isUnspecified() || address.isUnspecified());
    });
}

platform::StopResult FakeSystem::stopProcess(const platform::ProcessInfo& expected, bool,
                                             std::chrono::milliseconds) {
    stopped.push_back(expected);
    return stopAnswer;
}

} // namespace ld::test
