#include "wizard/steps/macostraps.h"

#include "platform/maccommon/macfirewallparse.h"
#include "wizard/freeportfinder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cerrno>

namespace ld::wizard::macos {
namespace {

using platform::ConnectAttempt;
using platform::ConnectOutcome;
using platform::Family;
using platform::IpAddress;

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// The context of every string below (lupdate reads Text::tr as "MacosTraps").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MacosTraps)
};

bool isControlCenter(const platform::ProcessInfo& owner) {
    return owner.program == "ControlCenter" ||
           owner.executable.find("/ControlCenter.app/") != std::string::npos ||
           owner.commandLine.find("/ControlCenter.app/") != std::string::npos;
}

// Where AirPlay Receiver is switched off, for the version the System reported (both when unknown).
QString airPlaySettingsPath(int major) {
    const QString modern = Text::tr("System Settings › General › AirDrop & Handoff › AirPlay Receiver");
    const QString monterey = Text::tr("System Preferences › Sharing › AirPlay Receiver");
    if (major >= 13)
        return modern;
    if (major == 12)
        return monterey;
    return Text::tr("%1 (macOS 13 and later), or %2 (macOS 12)").arg(modern, monterey);
}

QString blockAllSettingsPath(int major) {
    const QString modern =
        Text::tr("System Settings › Network › Firewall › Options… › Block all incoming connections");
    const QString older = Text::tr("System Preferences › Security & Privacy › Firewall › Firewall Options… › "
                                   "Block all incoming connections");
    if (major >= 13)
        return modern;
    if (major > 0)
        return older;
    return Text::tr("%1 (macOS 13 and later), or %2 (earlier versions)").arg(modern, older);
}

const platform::FirewallSource* sourceNamed(const platform::FirewallReading& reading, const char* name) {
    for (const platform::FirewallSource& source : reading.sources)
        if (source.name == name)
            return &source;
    return nullptr;
}

// socketfilterfw prints its answers even when one getter fails ("ALF: Error, ..."): read the text
// of a refused run too.
std::optional<platform::macfw::AppFirewall> appFirewall(const platform::FirewallReading& reading) {
    std::string text; // the getters' answers and --listapps: the parser takes any mix
    for (const char* name : {"application-firewall", "application-firewall-apps"})
        if (const platform::FirewallSource* source = sourceNamed(reading, name))
            text += source->text + "\n";
    platform::macfw::AppFirewall state = platform::macfw::parseSocketFilterFw(text);
    if (!state.understood())
        return std::nullopt;
    return state;
}

bool blocksAll(const platform::macfw::AppFirewall& state) {
    const bool on = state.enabled.value_or(state.state.value_or(0) >= 1);
    return on && (state.blockAll.value_or(false) || state.state.value_or(0) == 2);
}

// A private, link-local or unique-local address: one on the local network.
bool isLanAddress(const IpAddress& raw) {
    const IpAddress address = raw.unmapped();
    const auto& b = address.bytes;
    if (address.family == Family::V4)
        return b[0] == 10 || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168) ||
               (b[0] == 169 && b[1] == 254);
    return (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || (b[0] & 0xfe) == 0xfc;
}

QJsonObject attemptJson(const ConnectAttempt& attempt) {
    return {{QStringLiteral("address"), qs(attempt.address.toString())},
            {QStringLiteral("port"), attempt.port},
            {QStringLiteral("outcome"), qs(std::string(platform::connectOutcomeName(attempt.outcome)))},
            {QStringLiteral("os_error"), attempt.osError},
            {QStringLiteral("error"), qs(attempt.errorText)},
            {QStringLiteral("elapsed_ms"), qRound64(attempt.elapsedMs * 100) / 100.0}};
}

} // namespace

int macMajorVersion(const std::string& osVersion) {
    const auto digit =
        std::find_if(osVersion.begin(), osVersion.end(), [](char c) { return c >= '0' && c <= '9'; });
    int major = 0;
    for (auto it = digit; it != osVersion.end() && *it >= '0' && *it <= '9' && major < 1000; ++it)
        major = major * 10 + (*it - '0');
    return major;
}

std::optional<Finding> airPlayReceiver(Facts& facts, const std::vector<Listener>& listeners,
                                       std::uint16_t port) {
    const Listener* holder = nullptr;
    for (const Listener& listener : listeners)
        if (listener.owner && isControlCenter(*listener.owner)) {
            holder = &listener;
            break;
        }
    // Connecting, AirPlay only matters on an address it answers: a server bound to exactly that
    // address (Flask on 127.0.0.1:5000) wins over ControlCenter's wildcard one there.
    if (holder && facts.options().intent == Intent::Connect) {
        bool reachesAirPlay = false;
        for (const IpAddress& address : facts.addresses()) {
            const bool ownBind = std::any_of(listeners.begin(), listeners.end(), [&](const Listener& l) {
                return l.socket.local == address && !(l.owner && isControlCenter(*l.owner));
            });
            const bool airPlay = std::any_of(listeners.begin(), listeners.end(), [&](const Listener& l) {
                return l.owner && isControlCenter(*l.owner) && l.socket.accepts(address);
            });
            reachesAirPlay = reachesAirPlay || (airPlay && !ownBind);
        }
        if (!reachesAirPlay)
            return std::nullopt;
    }
    QString server;
    // An owner that can't be read (another user, lsof refused) still answers as AirTunes.
    if (!holder && !listeners.empty() && !listeners.front().owner &&
        facts.options().intent == Intent::Connect) {
        const ServiceProbe& service = facts.service();
        if (service.ran && service.result.http)
            server = QString::fromLatin1(service.result.http->header("Server"));
        if (!server.startsWith(QLatin1String("AirTunes"), Qt::CaseInsensitive))
            return std::nullopt;
    } else if (!holder) {
        return std::nullopt;
    }
    const int major = macMajorVersion(facts.system().osVersion());
    const QString path = airPlaySettingsPath(major);
    const QString who =
        holder ? Text::tr("ControlCenter (pid %1)").arg(holder->owner->pid) : Text::tr("a program");
    Finding finding;
    finding.id = QStringLiteral("conflict.airplay_receiver");
    finding.severity = Severity::Error;
    finding.title = Text::tr("macOS AirPlay Receiver holds port %1").arg(port);
    finding.detail =
        Text::tr(
            "Port %1 is held by %2: it is AirPlay Receiver, which lets other devices stream to this "
            "Mac. Since macOS 12 it listens on ports 5000 and 7000 on every address, so a server of yours "
            "can't start there (\"Address already in use\"), and a browser or client asking for "
            "localhost:%1 may get AirPlay's answer (often 403 Forbidden) instead of your server's.")
            .arg(port)
            .arg(who) +
        QLatin1Char(' ') +
        Text::tr("Turn it off in %1, or start your server on another port (Flask: flask run --port 5001).")
            .arg(path);
    finding.evidence = {{QStringLiteral("port"), port},
                        {QStringLiteral("program"), QStringLiteral("ControlCenter")},
                        {QStringLiteral("settings_path"), path},
                        {QStringLiteral("macos_major"), major}};
    if (holder) {
        finding.evidence.insert(QStringLiteral("listener"), listenerToJson(*holder));
        finding.evidence.insert(QStringLiteral("pid"), qint64(holder->owner->pid));
    }
    if (!server.isEmpty())
        finding.evidence.insert(QStringLiteral("server_header"), server);
    // ControlCenter comes back at once when stopped (launchd): the setting or another port, not a stop.
    FreePortFinder finder(facts.system());
    if (const auto free = finder.find(port)) {
        Fix fix;
        fix.id = QStringLiteral("fix.suggest_free_port");
        fix.action = FixAction::UseValue;
        fix.label = Text::tr("Use port %1 instead (free now)").arg(*free);
        fix.params = {{QStringLiteral("port"), int(*free)}};
        finding.fixes << fix;
        finding.evidence.insert(QStringLiteral("free_port"), int(*free));
    }
    return finding;
}

std::optional<Finding> appFirewallBlockAll(Facts& facts, const platform::FirewallReading& reading,
                                           const Finding* blocked) {
    const auto state = appFirewall(reading);
    if (!state || !blocksAll(*state))
        return std::nullopt;
    const int major = macMajorVersion(facts.system().osVersion());
    const QString path = blockAllSettingsPath(major);
    const QString command =
        QStringLiteral("sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setblockall off");
    bool viaNetwork = false; // the target is reached over a non-loopback address of this Mac
    if (facts.hostIsLocal())
        for (const IpAddress& address : facts.addresses())
            viaNetwork = viaNetwork || (!address.isLoopback() && !address.isUnspecified());
    const IpAddress blockedAddress =
        blocked
            ? IpAddress::parse(blocked->evidence.value(QStringLiteral("address")).toString().toStdString())
                  .value_or(IpAddress::v6Loopback())
            : IpAddress::v6Loopback();
    const bool explainsBlock = blocked && !blockedAddress.isLoopback();

    Finding finding;
    finding.id = QStringLiteral("firewall.block_all");
    finding.severity = explainsBlock ? Severity::Error : viaNetwork ? Severity::Warning : Severity::Info;
    finding.title = Text::tr("The macOS firewall blocks all incoming connections");
    QString detail =
        Text::tr("The Application Firewall is set to \"Block all incoming connections\": only "
                 "essential system services may receive connections from the network, so no other "
                 "computer or phone can reach a server of yours on this Mac.");
    if (explainsBlock)
        detail +=
            QLatin1Char(' ') + Text::tr("That is why the connection to %1 failed while the server listens.")
                                   .arg(blocked->evidence.value(QStringLiteral("address")).toString());
    else if (!viaNetwork)
        detail += QLatin1Char(' ') +
                  Text::tr("Connections from this Mac to localhost (127.0.0.1, ::1) are normally "
                           "not affected.");
    detail += QLatin1Char(' ') + Text::tr("To let them in, untick %1, or run: %2").arg(path, command);
    finding.detail = detail;
    finding.evidence = {
        {QStringLiteral("firewall"), QStringLiteral("application-firewall")},
        {QStringLiteral("state"), state->state ? QJsonValue(*state->state) : QJsonValue()},
        {QStringLiteral("block_all"), true},
        {QStringLiteral("stealth"), state->stealth ? QJsonValue(*state->stealth) : QJsonValue()},
        {QStringLiteral("via_network"), viaNetwork},
        {QStringLiteral("settings_path"), path},
        {QStringLiteral("command"), command}};
    return finding;
}

QStringList activeMacFirewalls(const platform::FirewallReading& reading) {
    QStringList active;
    if (const auto state = appFirewall(reading);
        state && state->enabled.value_or(state->state.value_or(0) >= 1))
        active << (blocksAll(*state)
                       ? Text::tr("macOS Application Firewall (blocking all incoming connections)")
                   : state->stealth.value_or(false) ? Text::tr("macOS Application Firewall (stealth mode)")
                                                    : Text::tr("macOS Application Firewall"));
    if (const platform::FirewallSource* pf = sourceNamed(reading, "pf"); pf && pf->readable)
        if (platform::macfw::parsePfInfo(pf->text).enabled.value_or(false))
            active << Text::tr("pf (enabled)");
    return active;
}

QStringList macFirewallAbout(const platform::FirewallReading& reading) {
    const auto state = appFirewall(reading);
    if (!state || !state->enabled.value_or(state->state.value_or(0) >= 1))
        return {};
    QStringList about{Text::tr("the macOS Application Firewall decides per app which programs may receive "
                               "connections from the network; connections from this Mac to localhost are "
                               "normally not filtered")};
    for (const platform::macfw::AppRule& app : state->apps)
        if (!app.allowed)
            about << Text::tr("it blocks incoming connections for %1").arg(qs(app.path));
    return about;
}

bool macFirewallRead(const platform::FirewallReading& reading) {
    return appFirewall(reading).has_value();
}

std::optional<Finding> localNetworkDenied(Facts& facts) {
    platform::System& system = facts.system();
    const std::optional<int> port = facts.target().port;
    if (system.osName() != "macos" || !port || *port <= 0 || *port > 65535)
        return std::nullopt;
    const int major = macMajorVersion(system.osVersion());
    if (major != 0 && major < 15)
        return std::nullopt; // Local Network privacy came with macOS 15 (Sequoia)
    const bool own = facts.hostIsLocal();
    const ConnectAttempt* denied = nullptr;
    for (const ConnectAttempt& attempt : facts.connectAttempts()) {
        const IpAddress address = attempt.address.unmapped();
        if (address.isLoopback() || address.isUnspecified() || !(own || isLanAddress(address)))
            continue;
        // The privacy check refuses at once; a device that is off answers EHOSTDOWN after ARP gives up.
        if (attempt.outcome == ConnectOutcome::Unreachable && attempt.osError == EHOSTUNREACH &&
            attempt.elapsedMs < 1000) {
            denied = &attempt;
            break;
        }
    }
    if (!denied)
        return std::nullopt;
    // The differential: the same program reaches this port on loopback.
    const auto control =
        system.connectAll({IpAddress::v4(127, 0, 0, 1)}, std::uint16_t(*port), facts.options().timeout);
    const bool loopbackWorks = !control.empty() && control.front().outcome == ConnectOutcome::Connected;
    if (own && !loopbackWorks)
        return std::nullopt; // the server itself does not answer: the server step says so

    const QString where =
        QStringLiteral("%1:%2").arg(denied->address.family == Family::V6
                                        ? QLatin1Char('[') + qs(denied->address.toString()) + QLatin1Char(']')
                                        : qs(denied->address.toString()),
                                    QString::number(*port));
    const QString path = Text::tr("System Settings › Privacy & Security › Local Network");
    Finding finding;
    finding.id = QStringLiteral("firewall.local_network_denied");
    finding.severity = own ? Severity::Error : Severity::Warning;
    finding.title = Text::tr("macOS Local Network privacy blocks connections to %1").arg(where);
    finding.detail =
        (own ? Text::tr(
                   "The server answers on 127.0.0.1:%1, yet connecting to this Mac's address %2 failed at "
                   "once "
                   "with \"No route to host\". Since macOS 15 an app needs the Local Network permission to "
                   "connect to addresses on the local network, and without it macOS refuses exactly like "
                   "that.")
                   .arg(*port)
                   .arg(where)
             : Text::tr(
                   "Connecting to %1, an address on the local network, failed at once with \"No route to "
                   "host\" "
                   "while connections on this Mac work. Since macOS 15 an app needs the Local Network "
                   "permission "
                   "to reach devices on the local network, and without it macOS refuses exactly like that (a "
                   "device that is switched off answers more slowly).")
                   .arg(where)) +
        QLatin1Char(' ') +
        Text::tr(
            "Open %1 and turn it on for the app that makes the connection: for command-line tools that is "
            "the terminal app they run in (iTerm, Warp, Ghostty, your editor; Apple's Terminal is exempt); "
            "for "
            "Claude Desktop, Claude. Then restart that app.")
            .arg(path);
    QJsonObject evidence{{QStringLiteral("attempt"), attemptJson(*denied)},
                         {QStringLiteral("own_address"), own},
                         {QStringLiteral("macos_major"), major},
                         {QStringLiteral("settings_path"), path}};
    if (!control.empty())
        evidence.insert(QStringLiteral("loopback_control"), attemptJson(control.front()));
    finding.evidence = evidence;
    return finding;
}

} // namespace ld::wizard::macos
