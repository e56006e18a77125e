#pragma once
// A recorded Mac for the macOS System's tests: a ReplayRunner answering every command the
// System runs from tests/fixtures/macos, and services that do nothing behind the tests' back.
// (A header beside the tests that share it; tests/support belongs to the shared helpers.)

#include "platform/maccommon/maccommands.h"
#include "platform/maccommon/macsystem.h"
#include "platform/maccommon/replayrunner.h"
#include "support/peers.h"

#include <QFile>

namespace ld::test::mac {

inline std::string fixtureText(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("macos/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

// Only the answers, not the program paths: the System builds its commands from maccommands.
inline void recordMac(platform::ReplayRunner& runner) {
    namespace cmd = platform::maccommands;
    runner.answer(cmd::lsofListeners(), fixtureText(QStringLiteral("lsof-F-listen-c0-T.txt")));
    runner.answer(cmd::lsofUdp(), "", 1); // lsof finds nothing: status 1, no output
    runner.answer(cmd::netstatTcp(), fixtureText(QStringLiteral("netstat-anv-sequoia-listen.txt")));
    runner.answer(cmd::sysctlPortRange(), fixtureText(QStringLiteral("sysctl-portrange.txt")));
    runner.answer(cmd::swVers(), fixtureText(QStringLiteral("sw-vers-sequoia.txt")));
    runner.answer(cmd::socketFilterState(),
                  fixtureText(QStringLiteral("socketfilterfw-four-getters-alf-error-pareto-139.txt")));
    runner.answer(cmd::socketFilterApps(),
                  fixtureText(QStringLiteral("socketfilterfw-listapps-nix-darwin-1705.txt")));
    runner.answer(cmd::pfInfo(), "", 1, fixtureText(QStringLiteral("pfctl-info-permission-denied.txt")));
    runner.answer(cmd::pfRules(), "", 1, fixtureText(QStringLiteral("pfctl-info-permission-denied.txt")));
    runner.answer(cmd::scutilProxy(), fixtureText(QStringLiteral("scutil-proxy-none-yakit-2164.txt")));
    runner.answer(cmd::dscacheutilHost("localhost"),
                  fixtureText(QStringLiteral("dscacheutil-localhost.txt")));
    runner.answer(cmd::dscacheutilHost("locahost"), fixtureText(QStringLiteral("dscacheutil-unknown.txt")));
    // ps answers for whichever pids are asked; the System keeps the rows it asked for.
    runner.answerPrefix(cmd::psIdentity({}).text(), fixtureText(QStringLiteral("ps-identity.txt")));
    runner.answerPrefix(cmd::psArgs({}).text(), fixtureText(QStringLiteral("ps-args.txt")));
}

inline platform::MacServices quietServices() {
    platform::MacServices services;
    services.uid = services.euid = 501;
    services.selfPid = 77777;
    services.hostsPath = ld::test::fixture(QStringLiteral("macos/hosts-macos-default.txt")).toStdString();
    services.userName = [](std::uint32_t uid) {
        return uid == 74 ? std::string("_postgres") : uid == 0 ? std::string("root") : std::string();
    };
    return services;
}

} // namespace ld::test::mac
