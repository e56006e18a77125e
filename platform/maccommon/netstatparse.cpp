#include "platform/maccommon/netstatparse.h"

#include "platform/maccommon/mactext.h"

#include <algorithm>

namespace ld::platform::netstat {
namespace {

using namespace mactext;

// The header's words, with the two-word "Local Address" and "Foreign Address" as one column each.
std::vector<std::string> headerColumns(std::string_view line) {
    std::vector<std::string> columns;
    const auto parts = words(line);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string word = lower(parts[i]);
        if ((word == "local" || word == "foreign") && i + 1 < parts.size() &&
            lower(parts[i + 1]) == "address") {
            columns.push_back(word);
            ++i;
        } else {
            columns.push_back(word);
        }
    }
    return columns;
}

bool isHeader(std::string_view line) {
    const auto parts = words(line);
    return !parts.empty() && lower(parts[0]) == "proto" && contains(line, "local address");
}

int indexOf(const std::vector<std::string>& columns, std::string_view name) {
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : int(it - columns.begin());
}

Layout layoutOf(const std::vector<std::string>& columns) {
    if (indexOf(columns, "process:pid") >= 0)
        return Layout::ProcessPid;
    if (indexOf(columns, "pid") >= 0)
        return indexOf(columns, "rxbytes") >= 0 ? Layout::BytesPid : Layout::PidEpid;
    return Layout::NoPid;
}

} // namespace

std::string_view layoutName(Layout layout) {
    switch (layout) {
    case Layout::PidEpid:
        return "pid-epid";
    case Layout::BytesPid:
        return "bytes-pid";
    case Layout::ProcessPid:
        return "process-pid";
    case Layout::NoPid:
        return "no-pid";
    case Layout::Unknown:
        break;
    }
    return "unknown";
}

TcpState stateFromText(std::string_view text) {
    static const std::pair<std::string_view, TcpState> names[] = {
        {"LISTEN", TcpState::Listen},        {"ESTABLISHED", TcpState::Established},
        {"SYN_SENT", TcpState::SynSent},     {"SYN_RCVD", TcpState::SynRecv},
        {"SYN_RECEIVED", TcpState::SynRecv}, {"FIN_WAIT_1", TcpState::FinWait1},
        {"FIN_WAIT_2", TcpState::FinWait2},  {"TIME_WAIT", TcpState::TimeWait},
        {"CLOSED", TcpState::Close},         {"CLOSE_WAIT", TcpState::CloseWait},
        {"LAST_ACK", TcpState::LastAck},     {"CLOSING", TcpState::Closing},
    };
    for (const auto& [name, state] : names)
        if (text == name)
            return state;
    return TcpState::Unknown;
}

bool parseAddress(std::string_view text, Family family, IpAddress& address, std::uint16_t& port) {
    const auto dot = text.rfind('.');
    if (dot == std::string_view::npos || dot == 0)
        return false;
    const auto number = mactext::number<std::uint16_t>(text.substr(dot + 1));
    if (!number)
        return false; // "*.*" or a service name
    std::string_view host = text.substr(0, dot);
    port = *number;
    if (host == "*") {
        address = IpAddress::any(family);
        return true;
    }
    std::string_view scope;
    if (const auto percent = host.find('%'); percent != std::string_view::npos) {
        scope = host.substr(percent + 1);
        host = host.substr(0, percent);
    }
    const auto parsed = IpAddress::parse(host);
    if (!parsed)
        return false;
    address = *parsed;
    if (const auto id = mactext::number<std::uint32_t>(scope))
        address.scopeId = *id;
    // tcp46 rows may print an IPv4 peer of a dual-stack socket; keep what was written.
    return parsed->family == family || family == Family::V6;
}

Table parse(std::string_view text) {
    Table table;
    int local = -1, foreign = -1, state = -1, recvQ = -1, sendQ = -1, pid = -1, processPid = -1;
    for (std::string_view line : lines(text)) {
        if (isHeader(line)) {
            table.columns = headerColumns(line);
            table.layout = layoutOf(table.columns);
            local = indexOf(table.columns, "local");
            foreign = indexOf(table.columns, "foreign");
            state = indexOf(table.columns, "(state)");
            recvQ = indexOf(table.columns, "recv-q");
            sendQ = indexOf(table.columns, "send-q");
            pid = indexOf(table.columns, "pid");
            processPid = indexOf(table.columns, "process:pid");
            continue;
        }
        if (table.layout == Layout::Unknown || local < 0 || foreign < 0)
            continue;
        const auto parts = words(line);
        if (parts.empty() || !startsWith(parts[0], "tcp"))
            continue;
        const std::size_t count = table.columns.size();
        // Columns left of process:pid are read from the left, the ones after it from the right:
        // the process name between them may hold blanks.
        std::vector<std::string_view> cells(count);
        if (processPid >= 0) {
            const std::size_t before = std::size_t(processPid);
            const std::size_t after = count - before - 1;
            if (parts.size() < count) {
                ++table.skipped;
                continue;
            }
            for (std::size_t i = 0; i < before; ++i)
                cells[i] = parts[i];
            for (std::size_t i = 0; i < after; ++i)
                cells[count - 1 - i] = parts[parts.size() - 1 - i];
            const char* first = parts[before].data();
            const char* last =
                parts[parts.size() - after - 1].data() + parts[parts.size() - after - 1].size();
            cells[before] = std::string_view(first, std::size_t(last - first));
        } else {
            // Older netstat prints fewer trailing columns than its header names at times; the
            // columns up to the pid must all be there.
            const std::size_t needed = std::size_t(std::max({local, foreign, state, pid})) + 1;
            if (parts.size() < needed || parts.size() > count) {
                ++table.skipped;
                continue;
            }
            for (std::size_t i = 0; i < parts.size(); ++i)
                cells[i] = parts[i];
        }

        Row row;
        row.proto = std::string(parts[0]);
        const bool v4 = row.proto == "tcp4";
        const Family family = v4 ? Family::V4 : Family::V6;
        Socket& socket = row.socket;
        socket.proto = Proto::Tcp;
        if (!parseAddress(cells[std::size_t(local)], family, socket.local, socket.localPort)) {
            ++table.skipped;
            continue;
        }
        if (!parseAddress(cells[std::size_t(foreign)], family, socket.remote, socket.remotePort)) {
            socket.remote = IpAddress::any(socket.local.family); // "*.*"
            socket.remotePort = 0;
        }
        if (state >= 0) {
            row.stateText = std::string(cells[std::size_t(state)]);
            socket.state = stateFromText(row.stateText);
        }
        if (row.proto == "tcp6" && socket.local.isUnspecified())
            socket.v6Only = true;
        else if (row.proto == "tcp46")
            socket.v6Only = false;
        if (recvQ >= 0)
            socket.receiveQueue = number<std::uint32_t>(cells[std::size_t(recvQ)]).value_or(0);
        if (sendQ >= 0)
            socket.sendQueue = number<std::uint32_t>(cells[std::size_t(sendQ)]).value_or(0);
        socket.acceptLimitKnown = false; // Recv-Q/Send-Q of a listener are its buffers here
        if (pid >= 0) {
            row.pid = number<std::int64_t>(cells[std::size_t(pid)]);
        } else if (processPid >= 0) {
            const std::string_view cell = cells[std::size_t(processPid)];
            const auto colon = cell.rfind(':');
            if (colon != std::string_view::npos) {
                row.pid = number<std::int64_t>(cell.substr(colon + 1));
                row.process = std::string(cell.substr(0, colon));
            }
        }
        if (row.pid && *row.pid <= 0)
            row.pid.reset();
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::vector<ListenQueue> parseListenQueues(std::string_view text) {
    std::vector<ListenQueue> out;
    for (std::string_view line : lines(text)) {
        const auto parts = words(line);
        if (parts.size() < 2)
            continue;
        std::size_t at = 0;
        ListenQueue row;
        if (startsWith(parts[0], "tcp")) {
            row.proto = std::string(parts[0]);
            row.family = row.proto == "tcp4" ? Family::V4 : Family::V6;
            at = 1;
        }
        if (parts.size() != at + 2)
            continue;
        const auto counts = parts[at];
        const auto first = counts.find('/');
        const auto second = first == std::string_view::npos ? first : counts.find('/', first + 1);
        if (second == std::string_view::npos)
            continue;
        const auto queued = number<std::uint32_t>(counts.substr(0, first));
        const auto incomplete = number<std::uint32_t>(counts.substr(first + 1, second - first - 1));
        const auto limit = number<std::uint32_t>(counts.substr(second + 1));
        if (!queued || !incomplete || !limit)
            continue;
        const std::string_view address = parts[at + 1];
        Family family =
            row.family.value_or(address.find(':') != std::string_view::npos ? Family::V6 : Family::V4);
        if (!row.family && !startsWith(address, "*."))
            row.family = family;
        if (!parseAddress(address, family, row.address, row.port))
            continue;
        row.queued = *queued;
        row.incomplete = *incomplete;
        row.limit = *limit;
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace ld::platform::netstat
