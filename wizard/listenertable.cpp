#include "wizard/listenertable.h"

#include <QTextStream>
#include <algorithm>
#include <tuple>

namespace ld::wizard {

namespace {

QJsonValue orNull(const std::string& text, bool present) {
    return present ? QJsonValue(QString::fromStdString(text)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject listenerToJson(const Listener& listener) {
    const bool known = listener.owner.has_value();
    QJsonObject row;
    row.insert(QStringLiteral("protocol"),
               listener.socket.proto == platform::Proto::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp"));
    row.insert(QStringLiteral("address"), QString::fromStdString(listener.socket.local.toString()));
    row.insert(QStringLiteral("port"), listener.socket.localPort);
    row.insert(QStringLiteral("pid"),
               known ? QJsonValue(static_cast<qint64>(listener.owner->pid)) : QJsonValue());
    row.insert(QStringLiteral("program"), orNull(known ? listener.owner->program : std::string(), known));
    row.insert(QStringLiteral("command"), orNull(known ? listener.owner->commandLine : std::string(),
                                                 known && !listener.owner->commandLine.empty()));
    row.insert(QStringLiteral("user"), orNull(known ? listener.owner->user : std::string(), known));
    row.insert(QStringLiteral("uid"), static_cast<qint64>(listener.socket.uid));
    return row;
}

ListenerTable ListenerTable::read(platform::System& system, std::optional<std::uint16_t> port) {
    platform::SocketQuery query;
    query.listeningOnly = true;
    query.port = port;
    std::vector<platform::Socket> sockets = system.sockets(query);
    std::sort(sockets.begin(), sockets.end(), [](const platform::Socket& a, const platform::Socket& b) {
        return std::tie(a.proto, a.localPort, a.local.family, a.local.bytes) <
               std::tie(b.proto, b.localPort, b.local.family, b.local.bytes);
    });
    std::vector<std::uint64_t> inodes;
    for (const platform::Socket& socket : sockets)
        if (socket.inode != 0)
            inodes.push_back(socket.inode);
    const auto owners = system.listingOwners(inodes);

    ListenerTable table;
    table.m_rows.reserve(sockets.size());
    table.m_users.reserve(sockets.size());
    for (const platform::Socket& socket : sockets) {
        Listener listener{socket, std::nullopt};
        if (const auto it = owners.find(socket.inode); it != owners.end())
            listener.owner = it->second;
        table.m_users.push_back(
            QString::fromStdString(listener.owner ? listener.owner->user : system.userName(socket.uid)));
        table.m_rows.push_back(std::move(listener));
    }
    return table;
}

QJsonArray ListenerTable::toJson() const {
    QJsonArray rows;
    for (const Listener& listener : m_rows)
        rows.append(listenerToJson(listener));
    return rows;
}

QString ListenerTable::header() {
    return tr(
        "PROTO  ADDRESS                                   PID      PROGRAM          USER       COMMAND");
}

QString ListenerTable::toText(int commandWidth) const {
    QString table;
    QTextStream text(&table);
    text << header() << '\n';
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Listener& listener = m_rows[i];
        const platform::Socket& socket = listener.socket;
        const QString host = QString::fromStdString(socket.local.toString());
        const QString address = socket.local.family == platform::Family::V6
                                    ? QStringLiteral("[%1]:%2").arg(host).arg(socket.localPort)
                                    : QStringLiteral("%1:%2").arg(host).arg(socket.localPort);
        const QString command =
            listener.owner ? QString::fromStdString(listener.owner->commandLine) : QString();
        text << (socket.proto == platform::Proto::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp"))
                    .leftJustified(7)
             << address.leftJustified(42) << ' '
             << (listener.owner ? QString::number(listener.owner->pid) : QStringLiteral("-")).leftJustified(8)
             << ' '
             << (listener.owner ? QString::fromStdString(listener.owner->program) : QStringLiteral("?"))
                    .leftJustified(16)
             << ' ' << m_users[i].leftJustified(10) << ' '
             << (commandWidth > 0 ? command.left(commandWidth) : command) << '\n';
    }
    return table;
}

} // namespace ld::wizard
