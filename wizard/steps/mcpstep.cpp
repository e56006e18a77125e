#include "wizard/steps/mcpstep.h"

#include "wizard/mcp/mcpprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ld::wizard {

bool wantsMcpStep(const Target& target, const Options& options) {
    if (options.mcp)
        return true;
    QString path = target.path;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.endsWith(QLatin1String("/mcp")) || path.endsWith(QLatin1String("/sse"));
}

namespace {

class McpStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(McpStep)
public:
    StepResult run(Facts& facts) override {
        StepResult result;
        const Target& target = facts.target();
        if (!target.port)
            return result; // the port step explains
        bool connected = false;
        for (const auto& attempt : facts.connectAttempts())
            connected = connected || attempt.outcome == platform::ConnectOutcome::Connected;
        if (!connected) {
            result.findings << Finding{
                QStringLiteral("mcp.skipped"),
                Severity::Info,
                tr("The MCP handshake was not tried: nothing accepted the connection"),
                tr("The MCP server has to be reachable first; the server and firewall steps "
                   "say why it isn't."),
                QJsonObject{{QStringLiteral("url"), target.url()}},
                {}};
            result.status = StepStatus::Skip;
            return result;
        }
        if (facts.cancelled())
            return result;
        if (target.scheme != QLatin1String("http") && target.scheme != QLatin1String("https")) {
            result.findings << Finding{
                QStringLiteral("mcp.skipped"),
                Severity::Info,
                tr("The MCP handshake was not tried: %1:// is not an MCP transport").arg(target.scheme),
                tr("MCP servers are reached over HTTP (http:// or https://) or started by "
                   "the client over stdio."),
                QJsonObject{{QStringLiteral("url"), target.url()}},
                {}};
            result.status = StepStatus::Skip;
            return result;
        }
        // The service probe (shared with the protocol step) already knows whether HTTP is spoken there.
        const ServiceProbe& spoken = facts.service();
        const QJsonValue service = spoken.ran ? QJsonValue(spoken.result.service) : QJsonValue();
        if (service.isString() && service.toString() != QLatin1String("http") &&
            service.toString() != QLatin1String("https")) {
            result.findings << Finding{
                QStringLiteral("mcp.skipped"),
                Severity::Info,
                service.toString().isEmpty()
                    ? tr("The MCP handshake was not tried: the server never answered HTTP")
                    : tr("The MCP handshake was not tried: the server speaks %1, not HTTP")
                          .arg(service.toString()),
                tr("MCP over HTTP needs an HTTP server at this address; the protocol step says what answers "
                   "instead."),
                QJsonObject{{QStringLiteral("url"), target.url()}, {QStringLiteral("service"), service}},
                {}};
            result.status = StepStatus::Skip;
            return result;
        }
        // The one --timeout-ms bounds the handshake too, not the probe's own default.
        McpProbeLimits limits;
        limits.handshakeTimeout = facts.options().timeout;
        const McpProbeResult probe = probeHttpServer(target.url(), limits);
        result.findings = probe.findings;
        result.settleStatus();
        return result;
    }
};

} // namespace

std::unique_ptr<Step> makeMcpStep() {
    return std::make_unique<McpStep>();
}

} // namespace ld::wizard
