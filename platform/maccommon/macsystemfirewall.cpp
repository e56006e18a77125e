// The macOS System's firewall and proxy readings: the Application Firewall (socketfilterfw,
// readable by anyone), pf (root only: its permission error is recognised), `scutil --proxy`.

#include "platform/log.h"
#include "platform/maccommon/maccommands.h"
#include "platform/maccommon/macsystem.h"
#include "platform/maccommon/scutilparse.h"

#include <QCoreApplication>
#include <QString>
#include <spdlog/spdlog.h>

namespace ld::platform {

FirewallReading MacSystem::readFirewall() {
    FirewallReading reading;
    struct Source {
        const char* name;
        Command command;
        const char* byHand;
    };
    const Source sources[] = {
        {"application-firewall", maccommands::socketFilterState(),
         "/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate --getblockall --getstealthmode"},
        {"application-firewall-apps", maccommands::socketFilterApps(),
         "/usr/libexec/ApplicationFirewall/socketfilterfw --listapps"},
        {"pf", maccommands::pfInfo(), "pfctl -s info"},
        {"pf-rules", maccommands::pfRules(), "pfctl -s rules"},
    };
    for (const Source& item : sources) {
        FirewallSource source;
        source.name = item.name;
        source.command = item.command.text();
        const CommandResult result = run(item.command);
        // socketfilterfw prints its answers to stdout, pfctl its status to stdout and its noise
        // ("No ALTQ support in kernel") and errors to stderr: both are kept for the parsers.
        source.text = result.out;
        if (!result.err.empty())
            source.text += (source.text.empty() || source.text.back() == '\n' ? "" : "\n") + result.err;
        const bool refused = saysPermissionDenied(result);
        if (result.ok() && !refused) {
            source.readable = true;
        } else {
            source.needsElevation = refused && !elevated();
            source.error = failure(item.command, result, item.byHand);
            if (source.error.empty()) // exit 0, yet it said "Permission denied"
                source.error = tr("%1 needs administrator rights. Open Terminal "
                                  "and run: sudo %2")
                                   .arg(QString::fromStdString(item.command.program),
                                        QString::fromStdString(item.byHand))
                                   .toStdString();
            // Text that came with a failure still says something (socketfilterfw's "ALF: Error").
            source.readable = false;
        }
        log::get(log::Area::Platform)
            .debug("firewall source {} ({}): {}", source.name, source.command,
                   source.readable ? std::to_string(source.text.size()) + " bytes" : source.error);
        reading.sources.push_back(std::move(source));
    }
    return reading;
}

SystemProxy MacSystem::systemProxy() {
    const Command command = maccommands::scutilProxy();
    const CommandResult result = run(command);
    if (!result.ok()) {
        SystemProxy proxy;
        proxy.source = command.text();
        proxy.error = failure(command, result, "scutil --proxy");
        note(proxy.error);
        return proxy;
    }
    SystemProxy proxy = scutil::parseProxy(result.out);
    proxy.source = command.text();
    return proxy;
}

} // namespace ld::platform
