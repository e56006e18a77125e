#include "wizard/steps/registry.h"

#include "wizard/steps/conflictstep.h"
#include "wizard/steps/firewallstep.h"
#include "wizard/steps/mcpstep.h"
#include "wizard/steps/portstep.h"
#include "wizard/steps/protocolstep.h"
#include "wizard/steps/proxystep.h"
#include "wizard/steps/serverstep.h"

#include <QCoreApplication>

namespace ld::wizard {

namespace {

constexpr const char* kContext = "StepRegistry";
constexpr const char* kServerPrefix = "server:";

QString translated(const char* text) {
    return QCoreApplication::translate(kContext, text);
}

} // namespace

const std::vector<StepInfo>& StepRegistry::rows() {
    static const std::vector<StepInfo> table = {
        {"port", QT_TRANSLATE_NOOP("StepRegistry", "Verify port"),
         QT_TRANSLATE_NOOP("StepRegistry", "Is the port a real port?"),
         QT_TRANSLATE_NOOP("StepRegistry",
                           "A port is the number after the colon; it picks which program you talk to."),
         QT_TRANSLATE_NOOP("StepRegistry", "Port"), &makePortStep, nullptr},
        {"server", QT_TRANSLATE_NOOP("StepRegistry", "Is the server running"),
         QT_TRANSLATE_NOOP("StepRegistry", "Is the server running?"),
         QT_TRANSLATE_NOOP("StepRegistry",
                           "Something has to be listening on the port for the address to open."),
         QT_TRANSLATE_NOOP("StepRegistry", "Server"), &makeServerStep, nullptr},
        {"firewall", QT_TRANSLATE_NOOP("StepRegistry", "Firewall"),
         QT_TRANSLATE_NOOP("StepRegistry", "Is a firewall in the way?"),
         QT_TRANSLATE_NOOP("StepRegistry",
                           "A firewall can silently drop or refuse connections, even on this computer."),
         QT_TRANSLATE_NOOP("StepRegistry", "Firewall"), &makeFirewallStep, nullptr},
        {"conflict", QT_TRANSLATE_NOOP("StepRegistry", "Conflicts"),
         QT_TRANSLATE_NOOP("StepRegistry", "Is another program on the port?"),
         QT_TRANSLATE_NOOP("StepRegistry",
                           "Two programs can't use the same port; a leftover one often holds it."),
         QT_TRANSLATE_NOOP("StepRegistry", "Conflicts"), &makeConflictStep, nullptr},
        {"protocol", QT_TRANSLATE_NOOP("StepRegistry", "Protocol"),
         QT_TRANSLATE_NOOP("StepRegistry", "Does it speak the expected language?"),
         QT_TRANSLATE_NOOP("StepRegistry",
                           "Browsers and apps expect web traffic (HTTP or HTTPS) on the port."),
         QT_TRANSLATE_NOOP("StepRegistry", "Protocol"), &makeProtocolStep, nullptr},
        {"proxy", QT_TRANSLATE_NOOP("StepRegistry", "Proxy"),
         QT_TRANSLATE_NOOP("StepRegistry", "Is a proxy in the way?"),
         QT_TRANSLATE_NOOP("StepRegistry", "A proxy setting can send even local traffic somewhere else."),
         QT_TRANSLATE_NOOP("StepRegistry", "Proxy"), &makeProxyStep, nullptr},
        {"mcp", QT_TRANSLATE_NOOP("StepRegistry", "MCP handshake"),
         QT_TRANSLATE_NOOP("StepRegistry", "Does the MCP server answer?"),
         QT_TRANSLATE_NOOP("StepRegistry",
                           "MCP is how AI apps talk to tools; the server must answer their greeting."),
         QT_TRANSLATE_NOOP("StepRegistry", "MCP"), &makeMcpStep, &wantsMcpStep},
        {"config", QT_TRANSLATE_NOOP("StepRegistry", "MCP config"),
         QT_TRANSLATE_NOOP("StepRegistry", "Is the MCP config readable?"),
         QT_TRANSLATE_NOOP("StepRegistry", "An MCP client reads its servers from its config file."),
         QT_TRANSLATE_NOOP("StepRegistry", "Config"), nullptr, nullptr},
    };
    return table;
}

const StepInfo* StepRegistry::find(const QString& id) {
    for (const StepInfo& row : rows())
        if (id == QLatin1String(row.id))
            return &row;
    return nullptr;
}

std::vector<const StepInfo*> StepRegistry::planned(const Target& target, const Options& options) {
    std::vector<const StepInfo*> steps;
    for (const StepInfo& row : rows())
        if (row.make && (!row.applies || row.applies(target, options)))
            steps.push_back(&row);
    return steps;
}

QStringList StepRegistry::plan(const Target& target, const Options& options) {
    QStringList ids;
    for (const StepInfo* row : planned(target, options))
        ids << QLatin1String(row->id);
    return ids;
}

QStringList StepRegistry::diagnosisStepIds() {
    QStringList ids;
    for (const StepInfo& row : rows())
        if (row.make)
            ids << QLatin1String(row.id);
    return ids;
}

QString StepRegistry::title(const QString& id) {
    if (const StepInfo* row = find(id))
        return translated(row->title);
    if (id.startsWith(QLatin1String(kServerPrefix)))
        return QCoreApplication::translate(kContext, "Does MCP server \"%1\" start and answer?")
            .arg(id.mid(int(qstrlen(kServerPrefix))));
    return QCoreApplication::translate(kContext, "Step \"%1\"").arg(id);
}

QString StepRegistry::name(const QString& id) {
    if (const StepInfo* row = find(id))
        return translated(row->name);
    if (id.startsWith(QLatin1String(kServerPrefix)))
        return QCoreApplication::translate(kContext, "MCP server %1")
            .arg(id.mid(int(qstrlen(kServerPrefix))));
    return id;
}

QString StepRegistry::subtitle(const QString& id) {
    if (const StepInfo* row = find(id))
        return translated(row->subtitle);
    return {};
}

QString StepRegistry::shortName(const QString& id) {
    if (const StepInfo* row = find(id))
        return translated(row->shortName);
    if (id.startsWith(QLatin1String(kServerPrefix)))
        return QCoreApplication::translate(kContext, "Server %1").arg(id.mid(int(qstrlen(kServerPrefix))));
    return id;
}

} // namespace ld::wizard
