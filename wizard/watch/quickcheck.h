#pragma once
// The tray's quick check of an endpoint: resolve, connect, and a light protocol probe (HTTP
// status, TLS handshake, MCP initialize for MCP URLs; a launch and handshake for stdio servers).
// Asynchronous on the caller's event loop: a round checks every endpoint at once, each bounded
// by its timeout, so a round takes about the longest single timeout.

#include "wizard/watch/endpointstore.h"
#include "wizard/watch/quickcheckmodel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>

class QThreadPool;

namespace ld::wizard {

struct QuickCheckOptions {
    std::chrono::milliseconds timeout{3000};       // per URL endpoint: resolve, connect and answer
    std::chrono::milliseconds slow{1000};          // an answer slower than this is "degraded"
    std::chrono::milliseconds stdioTimeout{20000}; // per stdio MCP server: launch and handshake
};

class QuickCheck final : public QObject {
    Q_OBJECT
public:
    explicit QuickCheck(QuickCheckOptions options = {}, QObject* parent = nullptr);
    ~QuickCheck() override;

    const QuickCheckOptions& options() const { return m_options; }
    void setOptions(const QuickCheckOptions& options) { m_options = options; }

    // Starts checking each endpoint now, all in parallel; one already being checked is skipped.
    void start(const QList<WatchedEndpoint>& endpoints);
    bool busy() const { return !m_running.isEmpty(); }
    bool isChecking(const QString& name) const { return m_running.contains(name); }

    // For the command line: one round over the endpoints, waiting in a local event loop.
    // Results are in the order of `endpoints`.
    QList<QuickResult> runRound(const QList<WatchedEndpoint>& endpoints);

Q_SIGNALS:
    void checked(const QString& name, const ld::wizard::QuickResult& result);
    void roundFinished(); // nothing is being checked any more

private:
    void finish(const QString& name, const QuickResult& result);
    void startStdio(const WatchedEndpoint& endpoint);

    QuickCheckOptions m_options;
    QHash<QString, QPointer<QObject>> m_running; // name -> its probe (null for a stdio job)
    QThreadPool* m_pool = nullptr;
};

} // namespace ld::wizard

Q_DECLARE_METATYPE(ld::wizard::QuickResult)
