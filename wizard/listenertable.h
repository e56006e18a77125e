#pragma once
// The table of listening sockets with their owners, sorted, as `listeners` and the bundle show
// it: the JSON rows of `listeners --json` and the aligned text table. Qt Core only: the command
// line runs `listeners` without loading Qt Network (app/main.cpp).

#include "platform/system.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace ld::wizard {

// A listening socket and, when it could be read, the process behind it.
struct Listener {
    platform::Socket socket;
    std::optional<platform::ProcessInfo> owner;
};
QJsonObject listenerToJson(const Listener& listener); // the shape of `listeners --json`

class ListenerTable {
    Q_DECLARE_TR_FUNCTIONS(ListenerTable)
public:
    // Every listening TCP socket and bound UDP socket (only those on `port` when given), sorted by
    // protocol, port, family and address, with the owners looked up in one call.
    static ListenerTable read(platform::System& system, std::optional<std::uint16_t> port = std::nullopt);

    const std::vector<Listener>& rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.empty(); }
    // [{"protocol", "address", "port", "pid", "program", "command", "user", "uid"}, ...]
    QJsonArray toJson() const;
    // A header line and one aligned line per socket; commands cut at commandWidth (0: whole).
    QString toText(int commandWidth = 80) const;
    // The header line alone (translated), for writers that add their own rows.
    static QString header();

private:
    std::vector<Listener> m_rows;
    std::vector<QString> m_users; // per row: the owner's user, or the socket uid's name when unknown
};

} // namespace ld::wizard
