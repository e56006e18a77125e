#pragma once
// TLS peers for the tests: a self-signed certificate made by `openssl req` in a folder of the
// test's own, and `openssl s_server` started on loopback with it (plus any extra options, such
// as -Verify 1 to demand a client certificate).

#include "support/peers.h"

#include <QString>
#include <QStringList>

namespace ld::test {

struct SelfSigned {
    QString cert; // PEM certificate; empty when openssl failed
    QString key;  // its PEM key
};

// A fresh self-signed certificate for `cn`, valid for `days`, written as DIR/NAME.pem and .key.
SelfSigned makeSelfSigned(const QString& dir, const QString& name,
                          const QString& cn = QStringLiteral("localhost"), int days = 2);

// The same with dates in the past or future ("openssl ca -selfsign", dates as YYMMDDHHMMSSZ).
SelfSigned makeDatedSelfSigned(const QString& dir, const QString& name, const QString& cn,
                               const QString& startDate, const QString& endDate);

// openssl s_server -accept 127.0.0.1:PORT with the certificate, waited for until it accepts.
bool startTlsServer(Peer& peer, quint16 port, const SelfSigned& cert, const QStringList& extra = {});

} // namespace ld::test
