#pragma once
// The endpoints the tray watches, kept with QSettings (an INI file in the user's config folder).
// Every change is written at once through platform::SafeFile (verified, renamed into place; a
// failed write leaves the file as it was), so a crash loses nothing. A file that can't be read fully is
// kept aside as NAME.corrupt-YYYYMMDD-HHMMSS and reported; what could be read is kept.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ld::wizard {

enum class EndpointKind { Url, McpStdio };
enum class EndpointSource { User, ClaudeConfig };
QString endpointKindName(EndpointKind kind);       // "url", "mcp-stdio"
QString endpointSourceName(EndpointSource source); // "user", "claude-config"
std::optional<EndpointKind> endpointKindFromName(const QString& name);
std::optional<EndpointSource> endpointSourceFromName(const QString& name);

struct WatchedEndpoint {
    QString name;
    // Url: what the user typed (TargetParser grammar). McpStdio: the server's key under mcpServers.
    QString target;
    int intervalSeconds = 60;
    bool enabled = true;
    EndpointKind kind = EndpointKind::Url;
    EndpointSource source = EndpointSource::User;
    QString configPath; // McpStdio: the Claude Desktop config it came from (empty: the OS's default)

    bool operator==(const WatchedEndpoint&) const = default;
};

class EndpointStore {
    Q_DECLARE_TR_FUNCTIONS(EndpointStore)
public:
    static constexpr int kMinInterval = 5;
    static constexpr int kMaxInterval = 24 * 3600;
    static constexpr int kDefaultInterval = 60;
    static constexpr int kDefaultStdioInterval = 300; // launching a server costs more than a connect

    // The standard file: $LD_SETTINGS_DIR/endpoints.ini when set (tests), else QSettings' INI
    // location for the user (on Linux $XDG_CONFIG_HOME/localhost-doctor/endpoints.ini).
    static QString defaultPath();

    // Loads the file at path (defaultPath() when empty).
    explicit EndpointStore(const QString& path = {});

    QString path() const { return m_path; }
    const QList<WatchedEndpoint>& endpoints() const { return m_endpoints; }
    std::optional<WatchedEndpoint> find(const QString& name) const;

    // Re-reads the file (another process may have changed it).
    void reload();

    // Why the file could not be read fully and where the original was kept; empty when all is well.
    QString problem() const { return m_problem; }
    QString keptAsidePath() const { return m_keptAside; }
    // Set when a write failed: the message says why.
    QString writeError() const { return m_writeError; }

    // Checks an endpoint before it is stored: a non-empty name without '=', a target the parser
    // reads (for URLs), an interval in range. Returns the reason, or an empty string.
    static QString validate(const WatchedEndpoint& endpoint);

    // Each of these writes the file before returning; false with writeError() when that failed or
    // with *error when the endpoint is not valid.
    bool add(const WatchedEndpoint& endpoint, QString* error = nullptr); // replaces one of the same name
    bool remove(const QString& name, QString* error = nullptr);
    bool replaceAll(const QList<WatchedEndpoint>& endpoints, QString* error = nullptr);

    // The Claude Desktop config's servers as endpoints: a bridge's URL (mcp-remote, supergateway,
    // mcp-proxy or a url entry) as a URL check, a plain stdio server as a launch check.
    static QList<WatchedEndpoint> fromClaudeConfig(const QString& configPath = {});
    // Adds them, replacing earlier imports and never a user's own endpoint of the same name.
    // Returns how many were added or updated.
    int importClaudeConfig(const QString& configPath = {}, QString* error = nullptr);

private:
    bool write(QString* error);
    void keepAside(const QString& reason);

    QString m_path;
    QList<WatchedEndpoint> m_endpoints;
    QString m_problem;
    QString m_keptAside;
    QString m_writeError;
    bool m_readOnly = false; // the unreadable file could not be kept aside: never overwrite it
};

} // namespace ld::wizard
