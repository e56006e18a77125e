#pragma once
// Fixes that reshape a whole config rather than one value: wrap a bare "mcpServers" member in
// { }, move servers from another client's key to this client's, give a bare server its name.
// ConfigEditor previews, backs up, writes and undoes them like its own.

#include "wizard/mcp/jsonscanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace ld::wizard {

class ConfigReshape {
    Q_DECLARE_TR_FUNCTIONS(ConfigReshape)
public:
    // fix.wrap_in_braces, fix.move_servers, fix.name_server, fix.wrap_servers,
    // fix.use_host_docker_internal.
    static bool handles(const QString& fixId);
    // The new text; nullopt with error when the fix does not fit the text. The result is checked:
    // it parses strictly and holds the servers under params["to"] (default "mcpServers").
    static std::optional<QByteArray> apply(const QByteArray& bytes, const QString& fixId,
                                           const QVariantMap& params, QString* error);

    // The text pieces, public for the tests.
    static std::optional<QByteArray> wrapInBraces(const QByteArray& bytes);
    // Renames the root key `from` to `to`, or lifts {"mcp": {"servers": …}} to {"to": …}.
    static std::optional<QByteArray> moveServers(const QByteArray& bytes, const JsonPath& from,
                                                 const QString& to);
    // {"command": …} becomes {"to": {"name": {"command": …}}}.
    static std::optional<QByteArray> nameServer(const QByteArray& bytes, const QString& name,
                                                const QString& to);
    // {"a": {"command": …}} becomes {"to": {"a": {"command": …}}}.
    static std::optional<QByteArray> wrapServers(const QByteArray& bytes, const QString& to);
    // The strings of params["replacements"] in the entry at params["entry_path"], and
    // --add-host=host.docker.internal:host-gateway after args[params["add_host_after"]] (>= 0).
    static std::optional<QByteArray> replaceValues(const QByteArray& bytes, const QVariantMap& params);
};

} // namespace ld::wizard
