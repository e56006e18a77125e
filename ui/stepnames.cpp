#include "ui/stepnames.h"

#include <QStringList>

namespace ld::ui {

QStringList StepNames::order() {
    return {QStringLiteral("port"),     QStringLiteral("server"),   QStringLiteral("firewall"),
            QStringLiteral("conflict"), QStringLiteral("protocol"), QStringLiteral("proxy"),
            QStringLiteral("mcp")};
}

QString StepNames::title(const QString& stepId) {
    if (stepId == QLatin1String("port"))
        return tr("Is the port a real port?");
    if (stepId == QLatin1String("server"))
        return tr("Is the server running?");
    if (stepId == QLatin1String("firewall"))
        return tr("Is a firewall in the way?");
    if (stepId == QLatin1String("conflict"))
        return tr("Is another program on the port?");
    if (stepId == QLatin1String("protocol"))
        return tr("Does it speak the expected language?");
    if (stepId == QLatin1String("proxy"))
        return tr("Is a proxy in the way?");
    if (stepId == QLatin1String("mcp"))
        return tr("Does the MCP server answer?");
    if (stepId == QLatin1String("config"))
        return tr("Is the Claude Desktop config readable?");
    return tr("Step \"%1\"").arg(stepId);
}

QString StepNames::subTitle(const QString& stepId) {
    if (stepId == QLatin1String("port"))
        return tr("A port is the number after the colon; it picks which program you talk to.");
    if (stepId == QLatin1String("server"))
        return tr("Something has to be listening on the port for the address to open.");
    if (stepId == QLatin1String("firewall"))
        return tr("A firewall can silently drop or refuse connections, even on this computer.");
    if (stepId == QLatin1String("conflict"))
        return tr("Two programs can't use the same port; a leftover one often holds it.");
    if (stepId == QLatin1String("protocol"))
        return tr("Browsers and apps expect web traffic (HTTP or HTTPS) on the port.");
    if (stepId == QLatin1String("proxy"))
        return tr("A proxy setting can send even local traffic somewhere else.");
    if (stepId == QLatin1String("mcp"))
        return tr("MCP is how Claude Desktop talks to tools; the server must answer its greeting.");
    if (stepId == QLatin1String("config"))
        return tr("Claude Desktop reads its MCP servers from claude_desktop_config.json.");
    return {};
}

QString StepNames::shortName(const QString& stepId) {
    if (stepId == QLatin1String("port"))
        return tr("Port");
    if (stepId == QLatin1String("server"))
        return tr("Server");
    if (stepId == QLatin1String("firewall"))
        return tr("Firewall");
    if (stepId == QLatin1String("conflict"))
        return tr("Conflicts");
    if (stepId == QLatin1String("protocol"))
        return tr("Protocol");
    if (stepId == QLatin1String("proxy"))
        return tr("Proxy");
    if (stepId == QLatin1String("mcp"))
        return tr("MCP");
    if (stepId == QLatin1String("config"))
        return tr("Config");
    if (stepId.startsWith(QLatin1String("server:")))
        return tr("Server %1").arg(stepId.mid(7));
    return stepId;
}

} // namespace ld::ui
