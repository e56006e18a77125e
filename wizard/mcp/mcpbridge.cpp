#include "wizard/mcp/mcpbridge.h"
#include "wizard/report/quote.h"

#include "wizard/mcp/clientprofile.h"
#include "wizard/mcp/jsonscanner.h"

#include "wizard/portrepair.h"
#include "wizard/target.h"

#include <QJsonArray>
#include <algorithm>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpStaticChecks)
};

} // namespace

QString packageName(const QString& token) {
    QString name = token;
    if (!name.startsWith(QLatin1Char('@'))) {
        const qsizetype slash =
            std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
        name = name.mid(slash + 1);
        for (const char* extension : {".cmd", ".exe", ".bat", ".js"})
            if (name.endsWith(QLatin1String(extension), Qt::CaseInsensitive))
                name.chop(qsizetype(qstrlen(extension)));
    }
    const qsizetype at = name.indexOf(QLatin1Char('@'), 1); // a version after the name
    if (at > 0)
        name = name.left(at);
    return name;
}

std::optional<BridgeInfo> findBridge(const QString& command, const QStringList& args) {
    const QStringList tokens = QStringList{command} + args;
    for (int k = 0; k < tokens.size(); ++k) {
        const QString name = packageName(tokens.at(k));
        const QString base = name.section(QLatin1Char('/'), -1);
        const bool supergateway = base == QLatin1String("supergateway");
        if (!supergateway && !base.endsWith(QLatin1String("mcp-remote")) &&
            base != QLatin1String("mcp-proxy"))
            continue;
        BridgeInfo bridge;
        bridge.package = name;
        const int first = k; // args index right after the package (tokens are shifted by one)
        bool stdioMode = false;
        for (int i = first; i < args.size(); ++i) {
            const QString& arg = args.at(i);
            if (supergateway) {
                for (const char* flag : {"--sse", "--streamableHttp"}) {
                    const QString option = QString::fromLatin1(flag);
                    if (arg == option && i + 1 < args.size()) {
                        bridge.argIndex = i + 1;
                        bridge.value = args.at(i + 1);
                        bridge.url = bridge.value;
                    } else if (arg.startsWith(option + QLatin1Char('='))) {
                        bridge.argIndex = i;
                        bridge.value = arg;
                        bridge.url = arg.mid(option.size() + 1);
                    } else {
                        continue;
                    }
                    bridge.transport = option.mid(2);
                }
                stdioMode =
                    stdioMode || arg == QLatin1String("--stdio") || arg.startsWith(QLatin1String("--stdio="));
                if (bridge.argIndex >= 0)
                    break;
                continue;
            }
            if (arg.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                arg.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
                bridge.argIndex = i;
                bridge.value = arg;
                bridge.url = arg;
                break;
            }
        }
        // supergateway --stdio serves a local server; it does not reach a URL.
        if (supergateway && bridge.argIndex < 0 && stdioMode)
            return std::nullopt;
        if (bridge.transport.isEmpty() && bridge.url.contains(QLatin1String("/sse")))
            bridge.transport = QStringLiteral("sse");
        return bridge;
    }
    return std::nullopt;
}

QString withPort(const BridgeInfo& bridge, int port) {
    const qsizetype urlAt = std::max<qsizetype>(0, bridge.value.indexOf(bridge.url));
    const qsizetype scheme = bridge.value.indexOf(QLatin1String("://"), urlAt);
    qsizetype hostStart = scheme < 0 ? urlAt : scheme + 3;
    qsizetype hostEnd = hostStart;
    if (hostStart < bridge.value.size() && bridge.value.at(hostStart) == QLatin1Char('['))
        hostEnd = bridge.value.indexOf(QLatin1Char(']'), hostStart);
    const qsizetype colon = bridge.value.indexOf(QLatin1Char(':'), std::max(hostStart, hostEnd));
    if (colon < 0)
        return bridge.value;
    qsizetype end = colon + 1;
    while (end < bridge.value.size() && !QStringLiteral("/?#").contains(bridge.value.at(end)))
        ++end;
    QString value = bridge.value;
    return value.replace(colon + 1, end - colon - 1, QString::number(port));
}

std::optional<Finding> remoteUrlProblem(const QString& server, const BridgeInfo& bridge,
                                        const QSet<int>& listening, const QString& clientName) {
    const QString client = clientName.isEmpty() ? ClientProfile::claudeDesktop().displayName : clientName;
    Finding finding;
    finding.id = QStringLiteral("mcp.remote_url_invalid");
    finding.severity = Severity::Error;
    finding.evidence = {{QStringLiteral("server"), server},
                        {QStringLiteral("bridge"), bridge.package},
                        {QStringLiteral("url"), bridge.url},
                        {QStringLiteral("arg_index"), bridge.argIndex}};
    if (bridge.url.isEmpty()) {
        finding.title = Tr::tr("Server \"%1\" uses %2 but gives it no address")
                            .arg(quoteInput(server), quoteInput(bridge.package));
        finding.detail =
            Tr::tr("%1 connects %2 to a server at a web address, and expects that address "
                   "among its arguments, for example \"http://localhost:3000/mcp\". Add it to \"args\".")
                .arg(bridge.package, client);
        return finding;
    }
    const TargetParse parsed = TargetParser::parse(bridge.url);
    if (!parsed.target) {
        finding.title = Tr::tr("The address %1 of server \"%2\" can't be used")
                            .arg(quoteInput(bridge.url), quoteInput(server));
        finding.detail = parsed.error;
        return finding;
    }
    const Target& target = *parsed.target;
    if (target.scheme != QLatin1String("http") && target.scheme != QLatin1String("https")) {
        finding.title = Tr::tr("The address %1 of server \"%2\" is not a web address")
                            .arg(quoteInput(bridge.url), quoteInput(server));
        finding.detail = Tr::tr("%1 needs an address starting with http:// or https://.").arg(bridge.package);
        return finding;
    }
    if (target.portProblem == PortProblem::None || target.portProblem == PortProblem::Missing)
        return std::nullopt;
    finding.title = Tr::tr("Server \"%1\" points at %2, a port that can't exist")
                        .arg(quoteInput(server), quoteInput(bridge.url));
    finding.detail =
        Tr::tr("Ports go from 1 to 65535, so \"%1\" can never be reached: %2 fails every time %3 "
               "starts it. It is probably a typing mistake; the likely ports are offered below "
               "(first the ones where something listens now). Fixing it edits the config; then: %4")
            .arg(target.portText.left(24), bridge.package, client,
                 ClientProfile::byKey(client) ? ClientProfile::byKey(client)->restartHint() : QString());
    finding.evidence.insert(QStringLiteral("port_text"), target.portText.left(64));
    QJsonArray candidates;
    const QList<PortCandidate> repairs = repairPort(target.portText, listening);
    for (const PortCandidate& candidate : repairs.mid(0, 4)) {
        const QString value = withPort(bridge, candidate.port);
        Fix fix;
        fix.id = QStringLiteral("fix.use_port");
        fix.action = FixAction::EditConfig;
        fix.label = candidate.listening
                        ? Tr::tr("Use port %1 (something listens there now)").arg(candidate.port)
                        : Tr::tr("Use port %1").arg(candidate.port);
        fix.params = {
            {QStringLiteral("server"), server},
            {QStringLiteral("port"), candidate.port},
            {QStringLiteral("key"), bridge.argIndex >= 0 ? QStringLiteral("args") : QStringLiteral("url")},
            {QStringLiteral("arg_index"), bridge.argIndex},
            {QStringLiteral("value"), value}};
        fix.changesSystem = true;
        fix.preview = QStringLiteral("- %1\n+ %2")
                          .arg(QString::fromUtf8(encodeJsonString(bridge.value)),
                               QString::fromUtf8(encodeJsonString(value)));
        finding.fixes << fix;
        candidates.append(QJsonObject{{QStringLiteral("port"), candidate.port},
                                      {QStringLiteral("listening"), candidate.listening}});
    }
    finding.evidence.insert(QStringLiteral("candidates"), candidates);
    return finding;
}

} // namespace ld::wizard
