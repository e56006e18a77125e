#pragma once
// The server step's findings when no local listener serves the port (server.not_listening, with
// the listeners one typing mistake or a few ports away) or the host is another computer
// (server.listening / not_listening / unreachable there). Internal to wizard/steps.

#include "wizard/facts.h"

#include <QCoreApplication>
#include <vector>

namespace ld::wizard {

// "node (pid 4312)", or the socket's user when the owner can't be read.
QString serverProgramText(const Listener& listener);
// The target with another port (text and number).
Target serverTargetWithPort(const Target& target, int port);

class ServerAbsent {
    Q_DECLARE_TR_FUNCTIONS(ServerStep) // the step's translation context
public:
    static Finding notListening(Facts& facts, const QJsonObject& evidence);
    static Finding remote(Facts& facts, const std::vector<platform::ConnectAttempt>& attempts, bool connected,
                          const QJsonObject& evidence);
};

} // namespace ld::wizard
