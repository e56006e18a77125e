#include "wizard/steps/browserrules.h"
#include "wizard/report/quote.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace ld::wizard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BrowserRules)
};

// https://fetch.spec.whatwg.org/#port-blocking, sorted for the binary search.
constexpr std::array kBadPorts{
    1,    7,    9,    11,   13,   15,   17,   19,   20,   21,   22,   23,   25,   37,   42,   43,   53,
    69,   77,   79,   87,   95,   101,  102,  103,  104,  109,  110,  111,  113,  115,  117,  119,  123,
    135,  137,  139,  143,  161,  179,  389,  427,  465,  512,  513,  514,  515,  526,  530,  531,  532,
    540,  548,  554,  556,  563,  587,  601,  636,  989,  990,  993,  995,  1719, 1720, 1723, 2049, 3659,
    4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080};

bool webScheme(const QString& scheme) {
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
}

} // namespace

bool browserBlocksPort(int port) {
    return std::binary_search(kBadPorts.begin(), kBadPorts.end(), port);
}

std::optional<Finding> browserBlockedPort(const Target& target) {
    if (!target.port || !webScheme(target.scheme) || !browserBlocksPort(*target.port))
        return std::nullopt;
    const int port = *target.port;
    const int suggestion =
        port < 1024 ? 8080 : (port < 65535 && !browserBlocksPort(port + 1) ? port + 1 : 8080);
    Finding finding;
    finding.id = QStringLiteral("port.browser_blocked");
    finding.severity = Severity::Warning;
    finding.title = Tr::tr("Browsers refuse port %1 (ERR_UNSAFE_PORT)").arg(port);
    finding.detail =
        Tr::tr("Chrome, Firefox, Safari and Edge never connect to port %1: it belongs to another "
               "protocol, so they show ERR_UNSAFE_PORT (\"This site can't be reached\") even when "
               "your server answers, while curl, scripts and MCP clients reach it. Give your "
               "server another port, such as %2.")
            .arg(port)
            .arg(suggestion);
    finding.evidence = {
        {QStringLiteral("port"), port},
        {QStringLiteral("list"), QStringLiteral("https://fetch.spec.whatwg.org/#port-blocking")}};
    Target changed = target;
    changed.port = suggestion;
    Fix fix;
    fix.id = QStringLiteral("fix.use_port");
    fix.label = Tr::tr("Use port %1").arg(suggestion);
    fix.params = {{QStringLiteral("port"), suggestion}, {QStringLiteral("target"), changed.url()}};
    finding.fixes << fix;
    return finding;
}

std::optional<Finding> localhostSubdomain(const Target& target, bool resolves) {
    const QString host = target.host.toLower();
    if (!host.endsWith(QLatin1String(".localhost")) || host == QLatin1String(".localhost"))
        return std::nullopt;
    Finding finding;
    finding.id = QStringLiteral("host.localhost_subdomain");
    finding.severity = resolves ? Severity::Info : Severity::Error;
    finding.title =
        resolves
            ? Tr::tr("%1 works in browsers, not in every other program").arg(quoteInput(target.host))
            : Tr::tr("%1 works only in browsers: this computer can't find it").arg(quoteInput(target.host));
    finding.detail =
        Tr::tr("Browsers (Chrome, Firefox, Edge, Safari) treat every name ending in .localhost as "
               "this computer. Other programs ask the system resolver: systemd-resolved and macOS "
               "answer it too, but glibc without systemd-resolved, Windows, Alpine/musl, older "
               "curl (before 7.78) and Python's and Node's own DNS lookups may fail with \"name not "
               "found\". To make every program agree, add this line to the hosts file: "
               "\"127.0.0.1 %1\" (and \"::1 %1\").")
            .arg(quoteInput(target.host));
    finding.evidence = {{QStringLiteral("host"), target.host},
                        {QStringLiteral("hosts_line"), QStringLiteral("127.0.0.1 %1").arg(target.host)},
                        {QStringLiteral("system_resolves"), resolves},
                        {QStringLiteral("browsers"), QStringLiteral("resolve it themselves")}};
    return finding;
}

} // namespace ld::wizard
