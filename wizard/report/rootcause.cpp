#include "wizard/report/rootcause.h"

#include "wizard/report/report.h"

#include <QSet>
#include <algorithm>

namespace ld::wizard {

namespace {

struct Located {
    Finding* finding;
    int step; // index in report order
};

// explainer explains explained when both are in the report and `when` (if any) agrees.
struct Rule {
    QStringList explainers;
    QStringList explained;
    bool (*when)(const Report& report, const Finding& explainer, const Finding& explained);
};

bool httpStatusIs401or403(const Report&, const Finding&, const Finding& explained) {
    const int status = explained.evidence.value(QStringLiteral("status")).toInt();
    return status == 401 || status == 403;
}

bool gatewayStatus(const Report&, const Finding&, const Finding& explained) {
    const int status = explained.evidence.value(QStringLiteral("status")).toInt();
    return status == 502 || status == 504;
}

bool serving(const Report& report, const Finding&, const Finding&) {
    return report.intent == Intent::Serve;
}

// server.in_wsl speaks of a relay only when WSL's relay holds the port (not when nothing does).
bool throughWslRelay(const Report&, const Finding& explainer, const Finding&) {
    return explainer.evidence.contains(QStringLiteral("relay"));
}

bool explainerIsError(const Report&, const Finding& explainer, const Finding&) {
    return explainer.severity == Severity::Error;
}

const QList<Rule>& rules() {
    static const QList<Rule> table = {
        // macOS traps (steps/macostraps.cpp) name the reason behind the generic findings.
        {{QStringLiteral("conflict.airplay_receiver")},
         {QStringLiteral("conflict.port_in_use"), QStringLiteral("conflict.multiple_listeners"),
          QStringLiteral("conflict.unexpected_program"), QStringLiteral("protocol.http_error")},
         nullptr},
        {{QStringLiteral("firewall.local_network_denied")},
         {QStringLiteral("firewall.rejecting"), QStringLiteral("firewall.dropping"),
          QStringLiteral("server.unreachable"), QStringLiteral("mcp.connect_failed")},
         nullptr},
        {{QStringLiteral("firewall.block_all")},
         {QStringLiteral("firewall.dropping"), QStringLiteral("firewall.rejecting")},
         &explainerIsError},
        // The protocol says what the port speaks; the conflict step only guessed from the program.
        {{QStringLiteral("protocol.not_http"), QStringLiteral("protocol.tls_expected"),
          QStringLiteral("protocol.plain_expected"), QStringLiteral("protocol.http2_only")},
         {QStringLiteral("conflict.unexpected_program")},
         nullptr},
        // A login the MCP server asks for is the reason for the plain 401.
        {{QStringLiteral("mcp.unauthorized")},
         {QStringLiteral("protocol.http_error")},
         &httpStatusIs401or403},
        // A dev server's Host check is the reason for its 403.
        {{QStringLiteral("protocol.host_not_allowed")},
         {QStringLiteral("protocol.http_error"), QStringLiteral("mcp.http_error")},
         nullptr},
        {{QStringLiteral("protocol.redirect_loop"), QStringLiteral("protocol.redirect")},
         {QStringLiteral("protocol.http_error"), QStringLiteral("mcp.http_error")},
         nullptr},
        // A proxy's 502/504 is its backend's failure, not the proxy's.
        {{QStringLiteral("conflict.gateway_backend_down")},
         {QStringLiteral("protocol.http_error"), QStringLiteral("mcp.http_error")},
         &gatewayStatus},
        // A broken hosts file produced the address nothing listens on.
        {{QStringLiteral("host.localhost_broken")},
         {QStringLiteral("server.not_listening"), QStringLiteral("server.address_family_mismatch"),
          QStringLiteral("server.wrong_interface")},
         nullptr},
        // A firewall that drops or rejects explains every later timeout and failed handshake.
        {{QStringLiteral("firewall.dropping"), QStringLiteral("firewall.rejecting")},
         {QStringLiteral("server.unreachable"), QStringLiteral("protocol.no_response"),
          QStringLiteral("mcp.connect_failed"), QStringLiteral("mcp.handshake_timeout")},
         nullptr},
        // A hung server explains the silence after connecting.
        {{QStringLiteral("server.not_accepting")},
         {QStringLiteral("protocol.no_response"), QStringLiteral("mcp.handshake_timeout"),
          QStringLiteral("mcp.connect_failed")},
         nullptr},
        {{QStringLiteral("server.not_listening")}, {QStringLiteral("mcp.connect_failed")}, nullptr},
        // Through a forwarder, a reset or silence means the app behind it listens on its own loopback.
        {{QStringLiteral("server.forwarder")},
         {QStringLiteral("protocol.reset"), QStringLiteral("protocol.no_response"),
          QStringLiteral("mcp.connect_failed")},
         nullptr},
        // WSL's relay holds the port: a reset or silence through it is the server inside WSL's doing.
        {{QStringLiteral("server.in_wsl")},
         {QStringLiteral("protocol.reset"), QStringLiteral("protocol.no_response"),
          QStringLiteral("mcp.connect_failed")},
         &throughWslRelay},
        // Browsers resolve *.localhost themselves; the system resolver may not.
        {{QStringLiteral("host.localhost_subdomain")}, {QStringLiteral("host.unresolvable")}, nullptr},
        // Serving: a free port is the good outcome, so nothing listening is no problem.
        {{QStringLiteral("conflict.port_free")}, {QStringLiteral("server.not_listening")}, &serving},
    };
    return table;
}

int severityRank(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return 3;
    case Severity::Warning:
        return 2;
    case Severity::Info:
        return 1;
    case Severity::Ok:
        return 0;
    }
    return 0;
}

} // namespace

void explainFindings(Report& report) {
    QList<Located> all;
    for (int s = 0; s < report.steps.size(); ++s)
        for (Finding& finding : report.steps[s].findings) {
            finding.explains.clear();
            finding.explainedBy.clear();
            all << Located{&finding, s};
        }
    for (const Rule& rule : rules()) {
        for (const Located& explainer : std::as_const(all)) {
            if (!rule.explainers.contains(explainer.finding->id) || !explainer.finding->explainedBy.isEmpty())
                continue;
            for (const Located& explained : std::as_const(all)) {
                Finding& target = *explained.finding;
                if (&target == explainer.finding || !rule.explained.contains(target.id) ||
                    !target.explainedBy.isEmpty())
                    continue;
                if (rule.when && !rule.when(report, *explainer.finding, target))
                    continue;
                target.explainedBy = explainer.finding->id;
                if (!explainer.finding->explains.contains(target.id))
                    explainer.finding->explains << target.id;
            }
        }
    }
}

const Finding* rootCause(const Report& report, const StepResult** step) {
    // How grave a finding is with what it explains (a forwarder behind a reset is as grave as the reset).
    auto weight = [&report](const Finding& finding) {
        int rank = severityRank(finding.severity);
        for (const StepResult& result : report.steps)
            for (const Finding& other : result.findings)
                if (other.explainedBy == finding.id && finding.explains.contains(other.id))
                    rank = std::max(rank, severityRank(other.severity));
        return rank;
    };
    const int problemRank = severityRank(Severity::Warning);
    const Finding* best = nullptr;
    const StepResult* bestStep = nullptr;
    int bestWeight = -1;
    // A problem first (a free port to serve on is no verdict while the port needs root), then a
    // finding that explains others, then severity, then step order (the first of equals wins).
    auto better = [&](const Finding& a, int aWeight, const Finding& b, int bWeight) {
        const bool aProblem = aWeight >= problemRank;
        const bool bProblem = bWeight >= problemRank;
        if (aProblem != bProblem)
            return aProblem;
        const bool aExplains = !a.explains.isEmpty();
        const bool bExplains = !b.explains.isEmpty();
        if (aExplains != bExplains)
            return aExplains;
        return severityRank(a.severity) > severityRank(b.severity);
    };
    for (const StepResult& result : report.steps) {
        for (const Finding& finding : result.findings) {
            if (!finding.explainedBy.isEmpty())
                continue;
            const bool problem = finding.severity == Severity::Error || finding.severity == Severity::Warning;
            if (!problem && finding.explains.isEmpty())
                continue;
            const int w = weight(finding);
            if (!best || better(finding, w, *best, bestWeight)) {
                best = &finding;
                bestStep = &result;
                bestWeight = w;
            }
        }
    }
    if (step)
        *step = bestStep;
    return best;
}

} // namespace ld::wizard
