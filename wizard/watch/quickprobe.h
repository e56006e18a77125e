#pragma once
// One quick check of one address, on the caller's event loop: resolve, connect to every address
// at once (the first to accept wins), then a light probe by scheme: tcp: the connect is enough;
// http(s)/ws(s): GET and read the status line (after a TLS handshake for https); MCP URLs (a
// path ending in /mcp or /sse): an MCP initialize (or the SSE endpoint event). One timer bounds
// it all; finished() is emitted exactly once.

#include "wizard/target.h"
#include "wizard/watch/quickcheckmodel.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

class QTcpSocket;
class QHostInfo;

namespace ld::wizard {

class QuickProbe final : public QObject {
    Q_OBJECT
public:
    QuickProbe(const QString& target, std::chrono::milliseconds timeout, std::chrono::milliseconds slow,
               QObject* parent = nullptr);
    ~QuickProbe() override;

    void start();

    // The request the probe sends (exposed for tests): GET, or the MCP initialize POST.
    static QByteArray request(const Target& target, bool mcp);
    // Decodes a chunked body as far as it goes; *complete when the last chunk was seen.
    static QByteArray dechunk(const QByteArray& raw, bool* complete);

Q_SIGNALS:
    void finished(const ld::wizard::QuickResult& result);

private:
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Waiting, Done };

    void resolved(const QHostInfo& info);
    void connectTo(const QList<QHostAddress>& addresses);
    void attemptConnected(QTcpSocket* socket);
    void attemptFailed(QTcpSocket* socket);
    void sendRequest();
    void evaluate(bool closed);
    void evaluateMcp(int status, const QByteArray& contentType, const QByteArray& body, bool bodyComplete);
    void timedOut();
    void conclude(QuickState state, const QString& finding, const QString& title);
    QString where() const; // host:port for sentences

    QString m_input;
    std::optional<Target> m_target;
    bool m_tls = false;
    bool m_http = false;
    bool m_mcp = false;
    bool m_sse = false;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_slow;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    Phase m_phase = Phase::Idle;
    int m_lookupId = -1;
    QList<QTcpSocket*> m_attempts;
    QTcpSocket* m_socket = nullptr;
    int m_refused = 0;
    QString m_lastError;
    QByteArray m_buffer;
    bool m_tlsWarning = false;
    QString m_tlsProblem;
    int m_expiresInDays = -1; // the certificate expires within kCertExpiryWarningDays (-1: not)
};

} // namespace ld::wizard
