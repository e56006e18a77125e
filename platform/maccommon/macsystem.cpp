// The macOS System's listeners, owners, processes, port policy, hosts file and resolver. The
// firewall and proxy readings are in macsystemfirewall.cpp, the safe stop in macprocesscontrol.cpp.

#include "platform/maccommon/macsystem.h"

#include "platform/hostsfile.h"
#include "platform/log.h"
#include "platform/maccommon/lsofparse.h"
#include "platform/maccommon/maccommands.h"
#include "platform/maccommon/macmiscparse.h"
#include "platform/maccommon/netstatparse.h"

#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <fstream>
#include <set>
#include <spdlog/spdlog.h>

namespace ld::platform {
namespace {

std::string firstLine(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    const auto end = text.find('\n', begin);
    std::string line = text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    return line;
}

std::string baseName(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A key for a socket only netstat showed (another user's, without root): pid, port and family,
// in the range lsof's keys (pid << 32 | fd + 1) never reach (bit 30 set, fd < 2^30).
std::uint64_t netstatKey(std::int64_t pid, const Socket& socket) {
    return (std::uint64_t(std::max<std::int64_t>(pid, 0)) << 32) | 0x40000000ULL |
           (std::uint64_t(socket.localPort) << 1) | (socket.local.family == Family::V6 ? 1 : 0);
}

} // namespace

bool saysPermissionDenied(const CommandResult& result) {
    for (const std::string* text : {&result.err, &result.out}) {
        std::string lower = *text;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (lower.find("permission denied") != std::string::npos ||
            lower.find("operation not permitted") != std::string::npos ||
            lower.find("must be root") != std::string::npos)
            return true;
    }
    return false;
}

MacSystem::MacSystem(CommandRunner& runner, MacServices services)
    : m_runner(runner)
    , m_services(std::move(services)) {}

CommandResult MacSystem::run(const Command& command, std::chrono::milliseconds timeout) {
    CommandLimits limits;
    limits.timeout = timeout;
    return m_runner.run(command, limits);
}

void MacSystem::note(const std::string& message) {
    log::get(log::Area::Platform).warn("{}", message);
    std::lock_guard lock(m_mutex);
    if (std::find(m_notes.begin(), m_notes.end(), message) == m_notes.end())
        m_notes.push_back(message);
}

std::vector<std::string> MacSystem::notes() const {
    std::lock_guard lock(m_mutex);
    return m_notes;
}

std::string MacSystem::failure(const Command& command, const CommandResult& result,
                               const std::string& byHand) {
    const QString manual = QString::fromStdString(byHand.empty() ? command.text() : byHand);
    const QString name = QString::fromStdString(baseName(command.program));
    if (!result.started)
        return tr("%1 could not be run (%2). To see the same by hand, open Terminal "
                  "and run: %3")
            .arg(name, QString::fromStdString(result.startError), manual)
            .toStdString();
    if (result.timedOut)
        return tr("%1 gave no answer in time. To see the same by hand, open Terminal "
                  "and run: %2")
            .arg(name, manual)
            .toStdString();
    if (saysPermissionDenied(result))
        return tr("%1 needs administrator rights. Open Terminal and run: sudo %2")
            .arg(name, manual)
            .toStdString();
    if (result.exitCode != 0)
        return tr("%1 failed (exit status %2: %3). To see the same by hand, open "
                  "Terminal and run: %4")
            .arg(name)
            .arg(result.exitCode)
            .arg(QString::fromStdString(firstLine(result.err.empty() ? result.out : result.err)), manual)
            .toStdString();
    return {};
}

std::string MacSystem::osVersion() const {
    std::lock_guard lock(m_mutex);
    if (m_version.empty()) {
        CommandLimits limits;
        const CommandResult result = m_runner.run(maccommands::swVers(), limits);
        const auto version = result.ok() ? macmisc::parseSwVers(result.out) : std::nullopt;
        m_version = version ? "macOS " + version->text : "unknown";
    }
    return m_version;
}

std::vector<Socket> MacSystem::sockets(const SocketQuery& query) {
    std::vector<Socket> out;
    std::map<std::uint64_t, ProcessInfo> owners;
    std::map<std::uint32_t, std::string> logins;

    if (query.tcp) {
        // lsof: names and users, but only the current user's processes unless run as root.
        // An empty listing ends with status 1 and no output: that is no listener, not a failure.
        const CommandResult lsofRun = run(maccommands::lsofListeners());
        std::vector<lsof::Listener> fromLsof;
        if (lsofRun.started && !lsofRun.timedOut && (lsofRun.exitCode == 0 || lsofRun.exitCode == 1))
            fromLsof = lsof::listeners(lsof::parseFields(lsofRun.out));
        if (lsofRun.exitCode != 0 && !(lsofRun.exitCode == 1 && lsofRun.err.empty()))
            note(failure(maccommands::lsofListeners(), lsofRun, "lsof -nP -iTCP -sTCP:LISTEN"));

        // netstat: every socket with its pid (macOS 10.14+), whoever owns it.
        const CommandResult netstatRun = run(maccommands::netstatTcp());
        netstat::Table table;
        if (netstatRun.ok())
            table = netstat::parse(netstatRun.out);
        else
            note(failure(maccommands::netstatTcp(), netstatRun, "netstat -anv -p tcp"));

        std::vector<bool> used(table.rows.size(), false);
        std::map<std::int64_t, ProcessInfo> netstatOnly;
        for (lsof::Listener& listener : fromLsof) {
            // The netstat row of this very socket says its family (tcp4/tcp6/tcp46) when lsof's
            // "*:PORT" did not.
            for (std::size_t i = 0; i < table.rows.size(); ++i) {
                const netstat::Row& row = table.rows[i];
                if (used[i] || row.socket.state != TcpState::Listen ||
                    row.socket.localPort != listener.socket.localPort)
                    continue;
                if (row.pid && *row.pid != listener.owner.pid)
                    continue;
                const bool sameAddress = row.socket.local == listener.socket.local;
                const bool sameWildcard = !listener.familyKnown && listener.socket.local.isUnspecified() &&
                                          row.socket.local.isUnspecified();
                if (!sameAddress && !sameWildcard)
                    continue;
                used[i] = true;
                listener.socket.local = row.socket.local;
                listener.socket.remote = IpAddress::any(row.socket.local.family);
                listener.socket.v6Only = row.socket.v6Only;
                break;
            }
            owners[listener.socket.inode] = listener.owner;
            if (listener.uidKnown && !listener.owner.user.empty())
                logins[listener.owner.uid] = listener.owner.user;
            out.push_back(listener.socket);
        }
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const netstat::Row& row = table.rows[i];
            if (used[i] || (query.listeningOnly && row.socket.state != TcpState::Listen))
                continue;
            Socket socket = row.socket;
            if (row.pid) {
                socket.inode = netstatKey(*row.pid, socket);
                ProcessInfo owner;
                owner.pid = *row.pid;
                owner.program = row.process;
                owners[socket.inode] = owner;
                netstatOnly[*row.pid] = owner;
            }
            out.push_back(socket);
        }
        applyListenQueues(out);
        // Sockets only netstat saw belong to other users: ps says whose (the engine compares the
        // socket's uid with the current user's) and what they are.
        completeOwners(netstatOnly);
        for (Socket& socket : out) {
            const auto owner = owners.find(socket.inode);
            if (owner == owners.end())
                continue;
            const auto filled = netstatOnly.find(owner->second.pid);
            if (filled == netstatOnly.end() || filled->second.startTime == 0)
                continue;
            const std::string program = owner->second.program;
            owner->second = filled->second;
            if (!program.empty())
                owner->second.program = program;
            socket.uid = filled->second.uid;
        }
    }
    if (query.udp) {
        const CommandResult udpRun = run(maccommands::lsofUdp());
        if (udpRun.started && !udpRun.timedOut && (udpRun.exitCode == 0 || udpRun.exitCode == 1)) {
            for (const lsof::Listener& listener :
                 lsof::listeners(lsof::parseFields(udpRun.out), Proto::Udp)) {
                owners[listener.socket.inode] = listener.owner;
                out.push_back(listener.socket);
            }
        }
    }
    if (query.port)
        std::erase_if(out, [&](const Socket& socket) { return socket.localPort != *query.port; });

    std::lock_guard lock(m_mutex);
    for (auto& [key, owner] : owners)
        m_owners[key] = owner;
    for (auto& [uid, login] : logins)
        m_logins[uid] = login;
    return out;
}

void MacSystem::applyListenQueues(std::vector<Socket>& sockets) {
    // `netstat -L`: the accept queue and its limit, which -anv and lsof's QR/QS don't give. A row
    // counts for the listeners it can only mean (same port and address; "*" without a proto
    // column fits both families): when those rows disagree, nothing is claimed.
    const CommandResult result = run(maccommands::netstatListenQueues());
    if (!result.ok()) {
        log::get(log::Area::Platform)
            .debug("no listen queues: {}", failure(maccommands::netstatListenQueues(), result));
        return;
    }
    const auto queues = netstat::parseListenQueues(result.out);
    for (Socket& socket : sockets) {
        if (socket.proto != Proto::Tcp || !socket.isListening())
            continue;
        std::optional<netstat::ListenQueue> match;
        bool ambiguous = false;
        for (const netstat::ListenQueue& queue : queues) {
            const bool fits =
                queue.port == socket.localPort &&
                (queue.family ? queue.family == socket.local.family && queue.address == socket.local
                              : queue.address.isUnspecified() && socket.local.isUnspecified());
            if (!fits)
                continue;
            if (match && (match->queued != queue.queued || match->limit != queue.limit))
                ambiguous = true;
            match = queue;
        }
        if (!match || ambiguous)
            continue;
        socket.receiveQueue = match->queued;
        socket.sendQueue = match->limit;
        socket.acceptLimitKnown = true;
    }
}

void MacSystem::completeOwners(std::map<std::int64_t, ProcessInfo>& owners) {
    if (owners.empty())
        return;
    std::vector<std::int64_t> pids;
    for (const auto& [pid, owner] : owners)
        pids.push_back(pid);
    const CommandResult identity = run(maccommands::psIdentity(pids));
    // ps exits 1 when one of the pids is gone; the rows of the others are still there.
    if (identity.started && !identity.timedOut) {
        for (const macmisc::PsRow& row : macmisc::parsePs(identity.out)) {
            const auto it = owners.find(row.pid);
            if (it == owners.end())
                continue;
            ProcessInfo& owner = it->second;
            owner.executable = row.command;
            owner.startTime = row.startKey;
            if (row.uid)
                owner.uid = *row.uid;
            if (owner.user.empty())
                owner.user = userName(owner.uid);
            if (owner.program.empty())
                owner.program = baseName(row.command);
        }
    } else {
        note(failure(maccommands::psIdentity(pids), identity));
    }
    const CommandResult args = run(maccommands::psArgs(pids));
    if (args.started && !args.timedOut)
        for (const auto& [pid, line] : macmisc::parsePsArgs(args.out))
            if (const auto it = owners.find(pid); it != owners.end())
                it->second.commandLine = line;
}

std::map<std::uint64_t, ProcessInfo> MacSystem::socketOwners(const std::vector<std::uint64_t>& inodes) {
    std::map<std::uint64_t, ProcessInfo> found;
    {
        std::lock_guard lock(m_mutex);
        for (const std::uint64_t key : inodes)
            if (const auto it = m_owners.find(key); it != m_owners.end())
                found[key] = it->second;
    }
    std::map<std::int64_t, ProcessInfo> byPid;
    for (const auto& [key, owner] : found)
        if (owner.pid > 0 && byPid.find(owner.pid) == byPid.end())
            byPid[owner.pid] = owner;
    completeOwners(byPid);
    for (auto& [key, owner] : found) {
        const auto it = byPid.find(owner.pid);
        if (it == byPid.end())
            continue;
        const std::string program =
            owner.program; // lsof's (or netstat's) name stays: it is what ps shows too
        owner = it->second;
        if (!program.empty())
            owner.program = program;
    }
    return found;
}

std::optional<ProcessInfo> MacSystem::process(std::int64_t pid) {
    if (pid <= 0)
        return std::nullopt;
    std::map<std::int64_t, ProcessInfo> one{{pid, ProcessInfo{}}};
    one[pid].pid = pid;
    completeOwners(one);
    if (one[pid].startTime == 0)
        return std::nullopt; // ps has no row for it: gone
    return one[pid];
}

std::string MacSystem::userName(std::uint32_t uid) {
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_logins.find(uid); it != m_logins.end())
            return it->second;
    }
    return m_services.userName ? m_services.userName(uid) : std::string();
}

PortPolicy MacSystem::portPolicy() {
    PortPolicy policy;
    policy.ephemeral = {49152, 65535}; // macOS's default range
    const CommandResult range = run(maccommands::sysctlPortRange());
    const auto parsed = range.ok() ? macmisc::parsePortRange(range.out) : std::nullopt;
    if (parsed) {
        policy.ephemeral = *parsed;
        policy.source = "sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last";
    } else {
        policy.source = "net.inet.ip.portrange unreadable: macOS default 49152-65535";
        if (!range.ok())
            note(failure(maccommands::sysctlPortRange(), range));
    }
    // Since macOS 10.14 (Mojave) any user may bind ports below 1024.
    const CommandResult versionRun = run(maccommands::swVers());
    const auto version = versionRun.ok() ? macmisc::parseSwVers(versionRun.out) : std::nullopt;
    if (version && (version->major > 10 || version->minor >= 14)) {
        policy.unprivilegedStart = 0;
        policy.source += ", macOS " + version->text + ": no privileged ports (10.14 and later)";
    } else {
        policy.unprivilegedStart = 1024;
        policy.source += version ? ", macOS " + version->text + ": ports below 1024 need root"
                                 : ", macOS version unknown: ports below 1024 taken to need root";
    }
    return policy;
}

HostsFile MacSystem::hostsFile() {
    std::ifstream in(m_services.hostsPath, std::ios::binary);
    if (!in) {
        note(tr("%1 could not be read. To see it by hand, open Terminal "
                "and run: cat %1")
                 .arg(QString::fromStdString(m_services.hostsPath))
                 .toStdString());
        HostsFile hosts;
        hosts.path = m_services.hostsPath;
        return hosts;
    }
    std::string text(1024 * 1024, '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(std::size_t(in.gcount()));
    return parseHostsFile(text, m_services.hostsPath);
}

std::vector<IpAddress> MacSystem::resolve(const std::string& host, std::string* error) {
    if (m_services.resolve)
        return m_services.resolve(host, error);
    const Command command = maccommands::dscacheutilHost(host);
    const CommandResult result = run(command);
    std::vector<IpAddress> addresses;
    if (result.ok())
        addresses = macmisc::parseDscacheutilHost(result.out);
    if (error) {
        if (!result.ok())
            *error = failure(command, result);
        else if (addresses.empty())
            *error = tr("%1 does not resolve (dscacheutil found no address)")
                         .arg(QString::fromStdString(host))
                         .toStdString();
        else
            error->clear();
    }
    return addresses;
}

std::vector<ConnectAttempt> MacSystem::connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                                  std::chrono::milliseconds timeout) {
    if (m_services.connectAll)
        return m_services.connectAll(addresses, port, timeout);
    std::vector<ConnectAttempt> attempts;
    for (const IpAddress& address : addresses) {
        ConnectAttempt attempt;
        attempt.address = address;
        attempt.port = port;
        attempt.errorText = tr("connecting is not available in this build").toStdString();
        attempts.push_back(attempt);
    }
    return attempts;
}

bool MacSystem::canBind(Proto proto, const IpAddress& address, std::uint16_t port) {
    return m_services.canBind && m_services.canBind(proto, address, port);
}

std::map<std::string, std::string> MacSystem::environment() {
    return m_services.environment ? m_services.environment() : std::map<std::string, std::string>{};
}

} // namespace ld::platform
