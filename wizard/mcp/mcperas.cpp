// Protocol eras: a stdio server probed once per era, each in a fresh process (a 2026-07-28 server
// may exit on initialize, an older one on server/discover), both attempts recorded, and a server
// that speaks only one era named with both versions (mcp.era_mismatch).
#include "wizard/mcp/mcpprobe.h"
#include "wizard/mcp/mcpsession.h"
#include "wizard/report/quote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpEras)
};

// Less than this left of the budget: a second process would only start to be killed.
constexpr std::chrono::milliseconds kLeastForAnAttempt{100};

bool answered(const McpProbeResult& result) {
    return std::any_of(result.findings.begin(), result.findings.end(),
                       [](const Finding& f) { return f.id == QLatin1String("mcp.ok"); });
}

// What one attempt came to, for the evidence: its verdict and the version it settled on.
QJsonObject attempt(const QString& request, const McpProbeResult& result) {
    QJsonObject object{{QStringLiteral("request"), request}, {QStringLiteral("answered"), answered(result)}};
    if (!result.protocolVersion.isEmpty())
        object.insert(QStringLiteral("protocol_version"), result.protocolVersion);
    const auto worst =
        std::max_element(result.findings.begin(), result.findings.end(),
                         [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    if (worst != result.findings.end()) {
        object.insert(QStringLiteral("finding"), worst->id);
        object.insert(QStringLiteral("title"), worst->title);
    }
    return object;
}

Finding mismatch(const QString& server, const QString& spoken, const QString& unspoken, bool modernOnly,
                 const QJsonArray& attempts) {
    Finding finding;
    finding.id = QStringLiteral("mcp.era_mismatch");
    // A client of the newer era falls back to initialize; one of the older era cannot go forward.
    finding.severity = modernOnly ? Severity::Warning : Severity::Info;
    finding.title = Tr::tr("Server \"%1\" speaks only %2; a client that sends %3 can't use it")
                        .arg(quoteInput(server), spoken, unspoken);
    finding.detail =
        modernOnly
            ? Tr::tr("It answered server/discover (revision %1) and not initialize (%2), each tried in a "
                     "fresh process. Clients and bridges that open with initialize fail with it: update "
                     "them, or run the server in a mode that also accepts initialize.")
                  .arg(spoken, unspoken)
            : Tr::tr("It answered initialize (revision %1) and not server/discover (%2), each tried in a "
                     "fresh process. Clients of revision %2 that do not fall back to initialize fail with "
                     "it: update the server (or its MCP SDK) when such a client can't use it.")
                  .arg(spoken, unspoken);
    finding.evidence = {{QStringLiteral("server"), server},
                        {QStringLiteral("speaks"), spoken},
                        {QStringLiteral("does_not_speak"), unspoken},
                        {QStringLiteral("attempts"), attempts}};
    return finding;
}

} // namespace

McpProbeResult probeStdioServer(const StdioServerSpec& spec, const McpProbeLimits& givenLimits) {
    // One budget for both attempts: the second era gets what the first left.
    McpProbeLimits limits = givenLimits;
    limits.startBudget();
    if (limits.era != McpEra::Auto)
        return probeStdioServerOnce(spec, limits);
    McpProbeLimits legacyLimits = limits;
    legacyLimits.era = McpEra::Legacy;
    McpProbeResult legacy = probeStdioServerOnce(spec, legacyLimits);
    const bool notStarted = std::any_of(legacy.findings.begin(), legacy.findings.end(), [](const Finding& f) {
        return f.id == QLatin1String("mcp.launch_failed") || f.id == QLatin1String("mcp.output_flood");
    });
    if (notStarted)
        return legacy; // a second start would fail (or flood) the same way
    if (limits.wait() < kLeastForAnAttempt) {
        // The first attempt spent the budget (it waited for an answer that never came).
        const QJsonArray attempts{attempt(QStringLiteral("initialize"), legacy),
                                  QJsonObject{{QStringLiteral("request"), QStringLiteral("server/discover")},
                                              {QStringLiteral("answered"), false},
                                              {QStringLiteral("tried"), false},
                                              {QStringLiteral("why"), QStringLiteral("no time left")}}};
        for (Finding& finding : legacy.findings)
            if (!finding.evidence.contains(QStringLiteral("attempts")))
                finding.evidence.insert(QStringLiteral("era_attempts"), attempts);
        return legacy;
    }
    McpProbeLimits modernLimits = limits;
    modernLimits.era = McpEra::Modern;
    McpProbeResult modern = probeStdioServerOnce(spec, modernLimits);
    const bool legacyOk = answered(legacy);
    const bool modernOk = answered(modern);
    const QJsonArray attempts{attempt(QStringLiteral("initialize"), legacy),
                              attempt(QStringLiteral("server/discover"), modern)};
    const QString modernVersion = mcp::modernVersion();
    McpProbeResult result = legacyOk || !modernOk ? legacy : modern;
    result.elapsedMs = legacy.elapsedMs + modern.elapsedMs;
    if (legacyOk && !modernOk) {
        const QString spoken =
            legacy.protocolVersion.isEmpty() ? mcp::newestLegacyVersion() : legacy.protocolVersion;
        // Every client still falls back to initialize: the classification is evidence, no finding.
        for (Finding& finding : result.findings) {
            if (finding.id != QLatin1String("mcp.ok"))
                continue;
            finding.evidence.insert(QStringLiteral("era"), QStringLiteral("initialize only"));
            finding.evidence.insert(QStringLiteral("speaks"), spoken);
            finding.evidence.insert(QStringLiteral("does_not_speak"), modernVersion);
            finding.evidence.insert(QStringLiteral("attempts"), attempts);
        }
    } else if (modernOk && !legacyOk) {
        result.findings << mismatch(spec.name, modernVersion, mcp::newestLegacyVersion(), true, attempts);
    }
    // Every finding carries both attempts: what each era's request came to.
    for (Finding& finding : result.findings)
        if (!finding.evidence.contains(QStringLiteral("attempts")))
            finding.evidence.insert(QStringLiteral("era_attempts"), attempts);
    return result;
}

} // namespace ld::wizard
