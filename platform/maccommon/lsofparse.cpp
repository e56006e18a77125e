#include "platform/maccommon/lsofparse.h"

#include "platform/maccommon/mactext.h"

namespace ld::platform::lsof {
namespace {

using namespace mactext;

void applyTcpInfo(File& file, std::string_view value) {
    const auto equals = value.find('=');
    if (equals == std::string_view::npos)
        return;
    const std::string_view key = value.substr(0, equals);
    const std::string_view rest = value.substr(equals + 1);
    if (key == "ST")
        file.state = std::string(rest);
    else if (key == "QR")
        file.receiveQueue = number<std::uint32_t>(rest);
    else if (key == "QS")
        file.sendQueue = number<std::uint32_t>(rest);
    else if (key == "QLEN")
        file.listenQueue = number<std::uint32_t>(rest);
    else if (key == "QLIM")
        file.listenLimit = number<std::uint32_t>(rest);
    else if (key == "SO") {
        // SO=ACCEPTCONN,PQLEN=0,QLEN=0,QLIM=128,...
        std::size_t start = 0;
        while (start <= rest.size()) {
            const auto comma = rest.find(',', start);
            const std::string_view part =
                rest.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
            if (startsWith(part, "QLEN=") || startsWith(part, "QLIM="))
                applyTcpInfo(file, part);
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
    }
}

} // namespace

std::vector<File> parseFields(std::string_view text) {
    std::vector<File> files;
    File process; // the fields of the current process set
    bool inProcess = false;
    bool inFile = false;
    for (std::string_view line : lines(text)) {
        if (line.empty())
            continue;
        const char id = line.front();
        const std::string_view value = line.substr(1);
        switch (id) {
        case 'p': {
            const auto pid = number<std::int64_t>(value);
            inFile = false;
            inProcess = pid && *pid > 0;
            process = File{};
            if (inProcess)
                process.pid = *pid;
            break;
        }
        case 'c':
        case 'u':
        case 'L':
            if (!inProcess)
                break;
            if (inFile) // lsof prints these only in the process set; a stray one is not ours
                break;
            if (id == 'c')
                process.command = std::string(value);
            else if (id == 'u')
                process.uid = number<std::uint32_t>(value);
            else
                process.login = std::string(value);
            break;
        case 'f':
            if (!inProcess)
                break;
            files.push_back(process);
            files.back().fd = std::string(value);
            inFile = true;
            break;
        case 't':
        case 'P':
        case 'n':
        case 'T':
            if (!inFile)
                break;
            if (id == 't')
                files.back().type = std::string(value);
            else if (id == 'P')
                files.back().protocol = std::string(value);
            else if (id == 'n')
                files.back().name = std::string(value);
            else
                applyTcpInfo(files.back(), value);
            break;
        default:
            break; // other fields (g, R, a, l, d, s, i, k, o...) and lines that are not fields
        }
    }
    return files;
}

std::optional<Endpoint> parseEndpoint(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    const auto port = number<std::uint16_t>(text.substr(colon + 1));
    if (!port || *port == 0)
        return std::nullopt;
    std::string_view host = text.substr(0, colon);
    Endpoint endpoint;
    endpoint.port = *port;
    if (host == "*") {
        endpoint.wildcard = true;
        endpoint.address = IpAddress::any(Family::V4);
        return endpoint;
    }
    bool bracketed = false;
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
        bracketed = true;
    }
    std::string_view scope;
    if (const auto percent = host.find('%'); percent != std::string_view::npos) {
        scope = host.substr(percent + 1);
        host = host.substr(0, percent);
    }
    auto address = IpAddress::parse(host);
    if (!address || (address->family == Family::V6) != bracketed)
        return std::nullopt;
    if (const auto id = number<std::uint32_t>(scope))
        address->scopeId = *id;
    endpoint.family = address->family;
    endpoint.address = *address;
    endpoint.wildcard = address->isUnspecified();
    return endpoint;
}

std::uint64_t socketKey(std::int64_t pid, std::string_view fd) {
    // pid in the high half, the descriptor number in the low half; +1 so that no key is 0
    // (0 means "no inode" to the engine). A descriptor that isn't a number hashes to the top range.
    std::uint64_t low = 0;
    if (const auto number = mactext::number<std::uint32_t>(fd))
        low = std::uint64_t(*number) + 1;
    else {
        for (const char c : fd)
            low = (low * 131 + std::uint8_t(c)) & 0x7fffffffULL;
        low |= 0x80000000ULL;
    }
    return (std::uint64_t(pid) << 32) | low;
}

std::vector<Listener> listeners(const std::vector<File>& files, Proto proto) {
    std::vector<Listener> out;
    const bool tcp = proto == Proto::Tcp;
    for (const File& file : files) {
        if (!file.protocol.empty() && file.protocol != (tcp ? "TCP" : "UDP"))
            continue;
        if (file.name.find("->") != std::string::npos)
            continue; // a connection, not a listener
        if (tcp && !file.state.empty() && file.state != "LISTEN")
            continue;
        auto endpoint = parseEndpoint(file.name);
        if (!endpoint)
            continue;
        Listener listener;
        if (file.type == "IPv6" && endpoint->wildcard) {
            endpoint->family = Family::V6;
            endpoint->address = IpAddress::any(Family::V6);
        } else if (file.type == "IPv4" && endpoint->wildcard) {
            endpoint->family = Family::V4;
        }
        listener.familyKnown = endpoint->family.has_value();
        Socket& socket = listener.socket;
        socket.proto = proto;
        socket.local = endpoint->address;
        socket.localPort = endpoint->port;
        socket.remote = IpAddress::any(socket.local.family);
        socket.state = tcp ? TcpState::Listen : TcpState::Close;
        socket.uid = file.uid.value_or(0);
        socket.inode = socketKey(file.pid, file.fd);
        if (file.listenQueue && file.listenLimit) {
            socket.receiveQueue = *file.listenQueue;
            socket.sendQueue = *file.listenLimit;
            socket.acceptLimitKnown = true;
        } else {
            // QR/QS of a listener are its socket buffers, not the accept queue and its limit.
            socket.receiveQueue = file.receiveQueue.value_or(0);
            socket.sendQueue = file.sendQueue.value_or(0);
            socket.acceptLimitKnown = false;
        }
        listener.owner.pid = file.pid;
        listener.owner.program = file.command;
        listener.owner.uid = file.uid.value_or(0);
        listener.uidKnown = file.uid.has_value();
        listener.owner.user = file.login;
        out.push_back(std::move(listener));
    }
    return out;
}

} // namespace ld::platform::lsof
