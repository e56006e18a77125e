// netstat -ano and Get-NetTCPConnection tables as Socket rows (see netstatparse.h).

#include "platform/windowstext/netstatparse.h"
#include "platform/windowstext/textlines.h"

#include <algorithm>
#include <utility>

namespace ld::platform {
namespace {

using namespace wintext;

struct Endpoint {
    IpAddress address;
    std::uint16_t port = 0;
};

// "0.0.0.0:135", "[::1]:5001", "[fe80::1%4]:123", "*:*" (the family of `wildcard` then).
std::optional<Endpoint> parseEndpoint(std::string_view text, Family wildcard) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    std::string_view host = text.substr(0, colon);
    const std::string_view portText = text.substr(colon + 1);
    Endpoint out;
    if (host == "*" && portText == "*") {
        out.address = IpAddress::any(wildcard);
        return out;
    }
    const auto port = wintext::port(portText);
    if (!port)
        return std::nullopt;
    out.port = *port;
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    std::uint32_t scope = 0;
    if (const auto percent = host.find('%'); percent != std::string_view::npos) {
        const auto id = number(host.substr(percent + 1));
        if (!id || *id > 0xffffffffu)
            return std::nullopt;
        scope = std::uint32_t(*id);
        host = host.substr(0, percent);
    }
    const auto address = IpAddress::parse(host);
    if (!address)
        return std::nullopt;
    out.address = *address;
    out.address.scopeId = address->family == Family::V6 ? scope : 0;
    return out;
}

std::optional<std::int64_t> pidOf(std::string_view text) {
    const auto value = number(text);
    if (!value || *value > 0xffffffffu)
        return std::nullopt;
    return std::int64_t(*value);
}

std::optional<WindowsSocketRow> netstatRow(std::string_view line) {
    const auto fields = words(line);
    if (fields.size() < 3)
        return std::nullopt;
    const std::string proto = asciiLower(fields[0]);
    WindowsSocketRow row;
    std::size_t next = 3;
    if (proto == "tcp") {
        row.socket.proto = Proto::Tcp;
        if (fields.size() < 4 || fields.size() > 5)
            return std::nullopt;
        row.stateText = std::string(fields[3]);
        row.socket.state = windowsTcpState(fields[3]);
        if (row.socket.state == TcpState::Unknown)
            return std::nullopt;
        next = 4;
    } else if (proto == "udp") {
        row.socket.proto = Proto::Udp;
        if (fields.size() > 4)
            return std::nullopt;
        row.socket.state = TcpState::Close;
    } else {
        return std::nullopt;
    }
    const auto local = parseEndpoint(fields[1], Family::V4);
    if (!local)
        return std::nullopt;
    const auto remote = parseEndpoint(fields[2], local->address.family);
    if (!remote || remote->address.family != local->address.family)
        return std::nullopt;
    row.socket.local = local->address;
    row.socket.localPort = local->port;
    row.socket.remote = remote->address;
    row.socket.remotePort = remote->port;
    row.socket.acceptLimitKnown = false;
    if (row.socket.proto == Proto::Udp && (!remote->address.isUnspecified() || remote->port != 0))
        row.socket.state = TcpState::Established;
    if (fields.size() > next) {
        row.pid = pidOf(fields[next]);
        if (!row.pid)
            return std::nullopt;
    }
    return row;
}

struct Column {
    std::size_t start = 0;
    std::size_t end = std::string_view::npos; // exclusive; npos for the last
    std::string name;
};

std::string_view cell(std::string_view line, const Column& column) {
    if (column.start >= line.size())
        return {};
    return trimmed(line.substr(column.start, column.end == std::string_view::npos
                                                 ? std::string_view::npos
                                                 : column.end - column.start));
}

// Columns from the header and the dashed line under it: each run of dashes is one column.
std::vector<Column> columnsOf(std::string_view header, std::string_view underline) {
    std::vector<Column> columns;
    std::size_t i = 0;
    while (i < underline.size()) {
        while (i < underline.size() && underline[i] != '-')
            ++i;
        if (i >= underline.size())
            break;
        Column column;
        column.start = i;
        while (i < underline.size() && underline[i] == '-')
            ++i;
        column.name = std::string(cell(header, Column{column.start, i, {}}));
        columns.push_back(column);
    }
    // A cell runs up to the next column's start, so values wider than their dashes still fit.
    for (std::size_t k = 0; k + 1 < columns.size(); ++k)
        columns[k].end = columns[k + 1].start;
    return columns;
}

} // namespace

TcpState windowsTcpState(std::string_view word) {
    static const std::pair<std::string_view, TcpState> table[] = {
        // netstat, English
        {"listening", TcpState::Listen},
        {"established", TcpState::Established},
        {"time_wait", TcpState::TimeWait},
        {"close_wait", TcpState::CloseWait},
        {"syn_sent", TcpState::SynSent},
        {"syn_received", TcpState::SynRecv},
        {"fin_wait_1", TcpState::FinWait1},
        {"fin_wait_2", TcpState::FinWait2},
        {"last_ack", TcpState::LastAck},
        {"closing", TcpState::Closing},
        {"closed", TcpState::Close},
        {"bound", TcpState::Close},
        // netstat as some localized builds print it (recorded: CONNECTED/WAITING beside LISTENING)
        {"connected", TcpState::Established},
        {"waiting", TcpState::TimeWait},
        // Chinese
        {"侦听", TcpState::Listen},
        {"监听", TcpState::Listen},
        {"已建立", TcpState::Established},
        {"已确立", TcpState::Established},
        // Spanish
        {"escuchando", TcpState::Listen},
        {"establecido", TcpState::Established},
        {"esperando_cierre", TcpState::CloseWait},
        // Get-NetTCPConnection's State enum
        {"listen", TcpState::Listen},
        {"timewait", TcpState::TimeWait},
        {"closewait", TcpState::CloseWait},
        {"synsent", TcpState::SynSent},
        {"synreceived", TcpState::SynRecv},
        {"finwait1", TcpState::FinWait1},
        {"finwait2", TcpState::FinWait2},
        {"lastack", TcpState::LastAck},
        {"deletetcb", TcpState::Close},
    };
    const std::string key = asciiLower(word);
    for (const auto& [name, state] : table)
        if (key == name)
            return state;
    return TcpState::Unknown;
}

std::vector<WindowsSocketRow> parseNetstat(std::string_view text) {
    std::vector<WindowsSocketRow> rows;
    for (const std::string_view line : lines(text))
        if (auto row = netstatRow(line))
            rows.push_back(std::move(*row));
    return rows;
}

std::vector<WindowsSocketRow> parseNetTcpConnectionTable(std::string_view text) {
    std::vector<WindowsSocketRow> rows;
    const auto all = lines(text);
    std::vector<Column> columns;
    const auto find = [&columns](std::string_view name) -> const Column* {
        for (const Column& column : columns)
            if (column.name == name)
                return &column;
        return nullptr;
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string_view line = all[i];
        if (i + 1 < all.size() && isUnderline(all[i + 1]) &&
            line.find("LocalAddress") != std::string_view::npos) {
            columns = columnsOf(line, all[i + 1]);
            ++i;
            continue;
        }
        const Column* localAddress = find("LocalAddress");
        const Column* localPort = find("LocalPort");
        const Column* remoteAddress = find("RemoteAddress");
        const Column* remotePort = find("RemotePort");
        const Column* state = find("State");
        if (!localAddress || !localPort || !remoteAddress || !remotePort || !state || trimmed(line).empty())
            continue;
        const auto local = IpAddress::parse(cell(line, *localAddress));
        const auto remote = IpAddress::parse(cell(line, *remoteAddress));
        const auto lport = port(cell(line, *localPort));
        const auto rport = port(cell(line, *remotePort));
        const TcpState tcpState = windowsTcpState(cell(line, *state));
        if (!local || !remote || !lport || !rport || tcpState == TcpState::Unknown ||
            local->family != remote->family)
            continue; // a prompt, a cut address, or another table
        WindowsSocketRow row;
        row.socket.proto = Proto::Tcp;
        row.socket.local = *local;
        row.socket.localPort = *lport;
        row.socket.remote = *remote;
        row.socket.remotePort = *rport;
        row.socket.state = tcpState;
        row.socket.acceptLimitKnown = false;
        row.stateText = std::string(cell(line, *state));
        if (const Column* owner = find("OwningProcess")) {
            const std::string_view value = cell(line, *owner);
            row.pid = pidOf(value);
            if (!value.empty() && !row.pid)
                continue;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace ld::platform
