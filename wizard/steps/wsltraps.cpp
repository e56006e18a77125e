#include "wizard/steps/wsltraps.h"

#include "platform/windowstext/wslparse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace ld::wizard::wsl {
namespace {

using platform::ConnectAttempt;
using platform::ConnectOutcome;
using platform::WslDistro;
using platform::WslFacts;

// The context of every string below (lupdate reads Text::tr as "WslTraps").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(WslTraps)
};

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString lowerProgram(const platform::ProcessInfo& process) {
    return qs(process.program).toLower();
}

// Docker Desktop's own distros run its engine, whose published ports Windows sees held by
// com.docker.backend: they say nothing about a server of the user's inside WSL.
bool isDockerDistro(const WslDistro& distro) {
    return distro.name.rfind("docker-desktop", 0) == 0;
}

std::vector<const WslDistro*> runningWsl2(const WslFacts& facts) {
    std::vector<const WslDistro*> out;
    for (const WslDistro& distro : facts.distros)
        if (distro.running && distro.version == 2 && !isDockerDistro(distro))
            out.push_back(&distro);
    // The default distro first: `wsl` alone opens it, so the user's server most likely runs there.
    std::stable_sort(out.begin(), out.end(),
                     [](const WslDistro* a, const WslDistro* b) { return a->isDefault && !b->isDefault; });
    return out;
}

QString configPath(const WslFacts& facts) {
    return facts.config.path.empty() ? QStringLiteral("%USERPROFILE%\\.wslconfig") : qs(facts.config.path);
}

// How the user's .wslconfig sets networking, in its own words, for the details.
QString settingsText(const WslFacts& facts, const std::string& mode, bool forwarding) {
    const QString path = configPath(facts);
    if (!facts.config.exists)
        return Text::tr(
                   "%1 does not exist, so WSL uses its defaults: NAT networking with localhost forwarding "
                   "on")
            .arg(path);
    if (!facts.config.readable)
        return Text::
            tr("%1 could not be read (%2); WSL's defaults are NAT networking with localhost forwarding on")
                .arg(path, qs(facts.config.error));
    QStringList parts;
    if (facts.config.networkingMode.empty())
        parts << Text::tr("no networkingMode (NAT networking)");
    else
        parts << Text::tr("%1=%2 (line %3)")
                     .arg(qs(facts.config.networkingModeKey), qs(facts.config.networkingMode),
                          QString::number(facts.config.networkingModeLine));
    if (mode == "nat" || mode == "virtioproxy") {
        if (facts.config.localhostForwardingLine == 0)
            parts << Text::tr("no localhostForwarding (on)");
        else
            parts << Text::tr("localhostForwarding=%1 (line %2, %3)")
                         .arg(qs(facts.config.localhostForwardingText),
                              QString::number(facts.config.localhostForwardingLine),
                              forwarding ? Text::tr("on") : Text::tr("off"));
    }
    return Text::tr("%1 sets %2").arg(path, parts.join(QStringLiteral(", ")));
}

QJsonObject evidenceOf(const WslFacts& facts, const std::string& mode, bool forwarding) {
    QJsonArray distros;
    for (const WslDistro& distro : facts.distros)
        distros.append(QJsonObject{{QStringLiteral("name"), qs(distro.name)},
                                   {QStringLiteral("state"), qs(distro.state)},
                                   {QStringLiteral("running"), distro.running},
                                   {QStringLiteral("version"), distro.version},
                                   {QStringLiteral("default"), distro.isDefault}});
    QJsonObject evidence{{QStringLiteral("wsl_exe"), qs(facts.wslExe)},
                         {QStringLiteral("wsl_installed"), facts.installed()},
                         {QStringLiteral("distros"), distros},
                         {QStringLiteral("networking_mode"), qs(mode)},
                         {QStringLiteral("localhost_forwarding"), forwarding},
                         {QStringLiteral("wslconfig"), configPath(facts)},
                         {QStringLiteral("wslconfig_exists"), facts.config.exists}};
    if (!facts.listCommand.empty())
        evidence.insert(QStringLiteral("list_command"), qs(facts.listCommand));
    if (!facts.listText.empty())
        evidence.insert(QStringLiteral("list_output"), qs(facts.listText).left(4000));
    if (!facts.listError.empty())
        evidence.insert(QStringLiteral("list_error"), qs(facts.listError));
    if (!facts.config.networkingMode.empty())
        evidence.insert(QStringLiteral("networking_mode_written"), qs(facts.config.networkingMode));
    if (facts.config.localhostForwardingLine > 0)
        evidence.insert(QStringLiteral("localhost_forwarding_written"),
                        qs(facts.config.localhostForwardingText));
    return evidence;
}

Fix guideFix() {
    Fix fix;
    fix.id = QStringLiteral("fix.open_wsl_networking");
    fix.action = FixAction::OpenUrl;
    fix.label = Text::tr("Open Microsoft's guide to WSL networking");
    fix.params = {
        {QStringLiteral("url"), QStringLiteral("https://learn.microsoft.com/windows/wsl/networking")}};
    return fix;
}

// The command that shows, inside WSL, what listens on the port (the default distro when none is known).
QString checkInside(const QString& distro, int port) {
    if (distro.isEmpty())
        return QStringLiteral("wsl -- ss -ltn 'sport = :%1'").arg(port);
    return QStringLiteral("wsl -d %1 -- ss -ltn 'sport = :%2'").arg(distro, QString::number(port));
}

// The port is held on Windows by WSL's relay: the server runs inside WSL, reached through NAT mode's
// localhost forwarding.
ServerInWsl relayed(const WslFacts& facts, const Listener& relay, const std::vector<ConnectAttempt>& attempts,
                    int port, bool serving) {
    const std::string mode = platform::effectiveNetworkingMode(facts.config);
    const bool forwarding = platform::effectiveLocalhostForwarding(facts.config);
    const auto running = runningWsl2(facts);
    const QString distro = running.empty() ? QString() : qs(running.front()->name);
    // Through the relay: the attempts to the addresses it holds (the others reach someone else or nobody).
    bool tried = false;
    bool through = false;
    for (const ConnectAttempt& attempt : attempts)
        if (relay.socket.accepts(attempt.address)) {
            tried = true;
            through = through || attempt.outcome == ConnectOutcome::Connected;
        }
    ServerInWsl out;
    Finding& finding = out.finding;
    finding.id = QStringLiteral("server.in_wsl");
    finding.severity = through ? Severity::Info : Severity::Warning;
    finding.title = running.empty()
                        ? Text::tr("The server on port %1 runs inside WSL").arg(port)
                        : Text::tr("The server on port %1 runs inside WSL (%2)").arg(port).arg(distro);
    finding.detail = Text::tr("%1 (pid %2) is WSL's localhost relay: Windows programs (browsers, Claude "
                              "Desktop) reach a server inside a WSL 2 distro through it, at localhost:%3.")
                         .arg(qs(relay.owner->program))
                         .arg(relay.owner->pid)
                         .arg(port);
    finding.detail += QLatin1Char(' ');
    const QString relayAddress = qs(relay.socket.local.toString());
    if (through)
        finding.detail += Text::tr("That works here. Other computers on your network can't use it: the relay "
                                   "listens on this computer's loopback only. For that, set "
                                   "networkingMode=mirrored under [wsl2] in %1 (Windows 11 22H2 and later), "
                                   "then run wsl --shutdown.")
                              .arg(configPath(facts));
    else if (!tried)
        finding.detail +=
            Text::tr(
                "The relay holds %1 only, an address this client does not try: the server inside WSL most "
                "likely listens on one kind of loopback (IPv4 or IPv6) only, and WSL relays that kind. "
                "Start it inside WSL on 0.0.0.0 (or on both 0.0.0.0 and ::), or use %1 in the "
                "address.")
                .arg(relayAddress);
    else
        finding.detail +=
            Text::tr("Connections through the relay fail, so the server inside WSL is not "
                     "answering. Check that it still runs there: %1. The relay can outlive a "
                     "server that stopped; wsl --shutdown clears it, then start the server again.")
                .arg(checkInside(distro, port));
    if (serving)
        finding.detail += QLatin1Char(' ') +
                          Text::tr("To free port %1 for a Windows server, stop the server inside WSL (or run "
                                   "wsl --shutdown) rather than wslrelay.exe, which relays every port WSL "
                                   "forwards, not only this one.")
                              .arg(port);
    if (mode == "mirrored")
        finding.detail +=
            QLatin1Char(' ') +
            Text::tr(
                "%1 asks for networkingMode=mirrored, but the relay shows WSL still runs in NAT mode: the "
                "change takes effect only after wsl --shutdown.")
                .arg(configPath(facts));
    finding.evidence = evidenceOf(facts, mode, forwarding);
    finding.evidence.insert(QStringLiteral("relay"), listenerToJson(relay));
    finding.fixes << guideFix();
    return out;
}

// No Windows program holds the port and a WSL 2 distro runs: what the settings let Windows reach.
std::optional<ServerInWsl> absent(const WslFacts& facts, const std::vector<const WslDistro*>& running,
                                  bool connected, int port) {
    const std::string mode = platform::effectiveNetworkingMode(facts.config);
    const bool forwarding = platform::effectiveLocalhostForwarding(facts.config);
    const QString distro = qs(running.front()->name);
    const QString settings = settingsText(facts, mode, forwarding);
    const QString check = checkInside(distro, port);
    ServerInWsl out;
    Finding& finding = out.finding;
    finding.id = QStringLiteral("server.in_wsl");
    finding.evidence = evidenceOf(facts, mode, forwarding);
    finding.fixes << guideFix();
    const QString intro =
        Text::tr("No Windows program listens on port %1, and the WSL 2 distro %2 is running.")
            .arg(port)
            .arg(distro);
    if (mode == "mirrored") {
        finding.severity = Severity::Info;
        if (connected) {
            out.reachedWithoutListener = true;
            finding.title = Text::tr("Port %1 answers from inside WSL (%2), through mirrored networking")
                                .arg(port)
                                .arg(distro);
            finding.detail =
                Text::tr(
                    "%1 The connection succeeded all the same: %2, so a server inside WSL shares Windows' "
                    "ports and Windows programs (Claude Desktop too) reach it at 127.0.0.1:%3 directly. "
                    "Microsoft documents mirrored mode's shared localhost for 127.0.0.1, not ::1: use "
                    "127.0.0.1 if a client tries ::1 first.")
                    .arg(intro, settings, QString::number(port));
            return out;
        }
        finding.title = Text::tr("No server on port %1 in WSL either (mirrored networking)").arg(port);
        finding.detail =
            Text::tr("%1 %2, so a server inside WSL listening on 127.0.0.1 or 0.0.0.0 would be "
                     "reached at localhost:%3 directly, and nothing answered. If your server runs "
                     "inside WSL, check how it listens: %4. Microsoft documents the shared localhost for "
                     "127.0.0.1, not ::1, and a port Windows already uses can't be taken inside WSL.")
                .arg(intro, settings, QString::number(port), check);
        return out;
    }
    if (mode == "none") {
        finding.severity = Severity::Warning;
        finding.title =
            Text::tr("WSL has no network (networkingMode=none): Windows can't reach a server inside it");
        finding.detail =
            Text::tr("%1 %2: the WSL 2 VM gets no network at all. Remove that line (or set "
                     "networkingMode=nat or mirrored) under [wsl2], then run wsl --shutdown and start "
                     "the server again.")
                .arg(intro, settings);
        return out;
    }
    if (mode == "bridged") {
        finding.severity = Severity::Warning;
        finding.title = Text::tr("WSL uses bridged networking: localhost on Windows does not lead into it");
        finding.detail =
            Text::tr("%1 %2: WSL sits on your network with an address of its own, and Windows' "
                     "localhost:%3 does not reach it. Connect to WSL's address (wsl hostname -I), or "
                     "set networkingMode=mirrored under [wsl2] (bridged is deprecated since WSL "
                     "2.4.5), then run wsl --shutdown.")
                .arg(intro, settings, QString::number(port));
        return out;
    }
    if (!forwarding) {
        finding.severity = Severity::Warning;
        finding.title =
            Text::tr(
                "WSL's localhost forwarding is off: Windows can't reach a server inside WSL at localhost:%1")
                .arg(port);
        finding.detail =
            Text::tr(
                "%1 %2: a server inside WSL is then not reachable at localhost:%3 from Windows programs "
                "(Claude Desktop, browsers). To change that, set localhostForwarding=true under [wsl2] (or "
                "remove the line), or networkingMode=mirrored (Windows 11 22H2 and later), then run "
                "wsl --shutdown and start the server again. Or connect to WSL's own address (wsl hostname "
                "-I).")
                .arg(intro, settings, QString::number(port));
        return out;
    }
    finding.severity = Severity::Info;
    finding.title = Text::tr("If your server runs inside WSL (%1), check how it listens").arg(distro);
    finding.detail =
        Text::tr(
            "%1 %2. Windows forwards localhost:%3 into WSL only while the server there listens on 0.0.0.0, "
            "127.0.0.1 or localhost (not on one of WSL's own addresses); WSL's relay, wslrelay.exe, then "
            "holds "
            "the port on Windows, and it does not now. Check inside WSL: %4, and start the server on 0.0.0.0 "
            "(for example --host 0.0.0.0). If it does listen there, the forwarding may have stopped (after "
            "sleep or a WSL update): run wsl --shutdown, then start it again.")
            .arg(intro, settings, QString::number(port), check);
    return out;
}

} // namespace

bool isWslRelay(const platform::ProcessInfo& process) {
    const QString program = lowerProgram(process);
    return program == QLatin1String("wslrelay.exe") || program == QLatin1String("wslrelay") ||
           program == QLatin1String("wslhost.exe") || program == QLatin1String("wslhost");
}

std::optional<ServerInWsl> serverInWsl(Facts& facts, const std::vector<Listener>& listeners,
                                       const std::vector<ConnectAttempt>& attempts) {
    if (!facts.target().port)
        return std::nullopt;
    const int port = *facts.target().port;
    const bool connected = std::any_of(attempts.begin(), attempts.end(), [](const ConnectAttempt& a) {
        return a.outcome == ConnectOutcome::Connected;
    });
    const auto relay = std::find_if(listeners.begin(), listeners.end(),
                                    [](const Listener& l) { return l.owner && isWslRelay(*l.owner); });
    if (relay == listeners.end() && !listeners.empty())
        return std::nullopt; // a Windows program holds the port
    if (relay == listeners.end() && facts.options().intent != Intent::Connect)
        return std::nullopt; // a free port is what a server about to start wants
    const WslFacts& wsl = facts.wsl();
    if (!wsl.applicable)
        return std::nullopt;
    if (relay != listeners.end())
        return relayed(wsl, *relay, attempts, port, facts.options().intent == Intent::Serve);
    if (!wsl.installed())
        return std::nullopt;
    const auto running = runningWsl2(wsl);
    if (running.empty())
        return std::nullopt; // WSL 1 shares Windows' sockets: its listeners are Windows listeners
    return absent(wsl, running, connected, port);
}

} // namespace ld::wizard::wsl
