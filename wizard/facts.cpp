#include "wizard/facts.h"

#include "platform/log.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QJsonValue>
#include <QNetworkInterface>
#include <QNetworkProxyFactory>
#include <QThread>
#include <spdlog/spdlog.h>

namespace ld::wizard {

using platform::IpAddress;

QString intentName(Intent intent) {
    return intent == Intent::Serve ? QStringLiteral("serve") : QStringLiteral("connect");
}

std::optional<Intent> intentFromName(const QString& name) {
    if (name == QLatin1String("connect"))
        return Intent::Connect;
    if (name == QLatin1String("serve"))
        return Intent::Serve;
    return std::nullopt;
}

Facts::Facts(platform::System& system, Target target, Options options)
    : m_system(system)
    , m_target(std::move(target))
    , m_options(options) {}

const platform::PortPolicy& Facts::portPolicy() {
    if (!m_policy)
        m_policy = m_system.portPolicy();
    return *m_policy;
}

const platform::HostsFile& Facts::hostsFile() {
    if (!m_hosts)
        m_hosts = m_system.hostsFile();
    return *m_hosts;
}

bool Facts::hostIsLocal() {
    const QString& host = m_target.host;
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    if (host.compare(QHostInfo::localHostName(), Qt::CaseInsensitive) == 0)
        return true;
    const auto& resolved = addresses();
    if (resolved.empty())
        return false;
    const QList<QHostAddress> mine = QNetworkInterface::allAddresses();
    for (const IpAddress& address : resolved) {
        if (address.isLoopback() || address.isUnspecified())
            continue;
        const QHostAddress qt(QString::fromStdString(address.toString()));
        bool found = false;
        for (const QHostAddress& own : mine)
            found = found || own.isEqual(qt, QHostAddress::TolerantConversion);
        if (!found)
            return false;
    }
    return true;
}

const std::vector<IpAddress>& Facts::addresses() {
    if (!m_addresses) {
        if (const auto literal = IpAddress::parse(m_target.host.toStdString())) {
            m_addresses = std::vector<IpAddress>{*literal};
        } else {
            std::string error;
            m_addresses = m_system.resolve(m_target.host.toStdString(), &error);
            m_resolveError = QString::fromStdString(error);
        }
    }
    return *m_addresses;
}

const QString& Facts::resolveError() {
    addresses();
    return m_resolveError;
}

const std::vector<platform::Socket>& Facts::listeningSockets() {
    if (!m_listening) {
        platform::SocketQuery query;
        query.listeningOnly = true;
        m_listening = m_system.sockets(query);
        log::get(log::Area::Platform).debug("{} listening sockets", m_listening->size());
    }
    return *m_listening;
}

std::vector<Listener> Facts::listenersOn(std::uint16_t port, platform::Proto proto) {
    std::vector<Listener> found;
    std::vector<std::uint64_t> unknown;
    for (const platform::Socket& socket : listeningSockets()) {
        if (socket.localPort != port || socket.proto != proto)
            continue;
        found.push_back({socket, std::nullopt});
        if (socket.inode != 0 && !m_owners.contains(socket.inode))
            unknown.push_back(socket.inode);
    }
    if (!unknown.empty()) {
        const auto owners = m_system.socketOwners(unknown);
        for (std::uint64_t inode : unknown) {
            const auto it = owners.find(inode);
            m_owners[inode] = it == owners.end() ? std::nullopt : std::optional(it->second);
        }
    }
    for (Listener& listener : found)
        if (listener.socket.inode != 0)
            listener.owner = m_owners[listener.socket.inode];
    return found;
}

std::optional<platform::ProcessInfo> Facts::ownerOf(std::uint64_t inode) {
    if (!m_owners.contains(inode)) {
        const auto owners = m_system.socketOwners({inode});
        const auto it = owners.find(inode);
        m_owners[inode] = it == owners.end() ? std::nullopt : std::optional(it->second);
    }
    return m_owners[inode];
}

const std::vector<platform::ConnectAttempt>& Facts::connectAttempts() {
    if (!m_connects) {
        if (!m_target.port || addresses().empty())
            m_connects = std::vector<platform::ConnectAttempt>{};
        else
            m_connects = m_system.connectAll(addresses(), static_cast<std::uint16_t>(*m_target.port),
                                             m_options.timeout);
    }
    return *m_connects;
}

struct Facts::PendingProbe {
    ProbeResult result;
    std::unique_ptr<QThread> thread;
    ~PendingProbe() {
        if (thread)
            thread->wait();
    }
};

const platform::ConnectAttempt* Facts::probedAttempt() {
    if (!m_target.port || *m_target.port <= 0 || *m_target.port > 65535)
        return nullptr;
    const platform::ConnectAttempt* connected = nullptr;
    // A reset right after the handshake still means a server accepted: probe it to say so.
    for (const auto& attempt : connectAttempts()) {
        if (attempt.outcome == platform::ConnectOutcome::Connected ||
            (!connected && attempt.outcome == platform::ConnectOutcome::Reset))
            connected = &attempt;
        if (connected && connected->outcome == platform::ConnectOutcome::Connected)
            break;
    }
    return connected;
}

ProbeRequest Facts::probeRequest(const platform::ConnectAttempt& connected) const {
    ProbeRequest request;
    request.address = QHostAddress(QString::fromStdString(connected.address.toString()));
    request.port = quint16(*m_target.port);
    request.hostHeader = m_target.authority();
    request.peerName = m_target.host;
    request.path = m_target.path.isEmpty() ? QStringLiteral("/") : m_target.path;
    request.tlsFirst = m_target.scheme == QLatin1String("https") || m_target.scheme == QLatin1String("wss");
    request.timeout = m_options.timeout;
    // Read from the early probe's thread too: the flag is atomic, Facts is not.
    request.cancelled = [flag = m_cancelled] { return flag && flag->load(); };
    return request;
}

void Facts::startServiceProbe() {
    if (m_service || m_pendingProbe || !m_connects)
        return;
    const platform::ConnectAttempt* connected = probedAttempt();
    if (!connected)
        return;
    auto pending = std::make_shared<PendingProbe>();
    // A QThread, not a std::thread: the probe's sockets need the thread's event dispatcher.
    pending->thread.reset(QThread::create([request = probeRequest(*connected), result = &pending->result] {
        *result = ProtocolProbe::run(request);
    }));
    pending->thread->start();
    m_pendingProbe = std::move(pending);
}

const ServiceProbe& Facts::service() {
    if (m_service)
        return *m_service;
    m_service = ServiceProbe{};
    const platform::ConnectAttempt* connected = probedAttempt();
    if (!connected)
        return *m_service;
    ProbeRequest& request = m_service->request;
    request = probeRequest(*connected);
    if (m_pendingProbe) {
        m_pendingProbe->thread->wait();
        m_service->result = std::move(m_pendingProbe->result);
        m_pendingProbe.reset();
    } else {
        m_service->result = ProtocolProbe::run(request);
    }
    m_service->ran = true;
    const ProbeResult& probe = m_service->result;
    if (!cancelled() &&
        (probe.closedSilently || !probe.connected || connected->outcome == platform::ConnectOutcome::Reset)) {
        const QByteArray get = "GET " + request.path.toUtf8() +
                               " HTTP/1.1\r\nHost: " + request.hostHeader.toUtf8() +
                               "\r\nConnection: close\r\n\r\n";
        m_service->witness =
            m_system.exchange(connected->address, request.port, get.toStdString(), m_options.timeout, 4096);
    }
    if (probe.http && !cancelled())
        followRedirects(connected->address);
    return *m_service;
}

const std::map<std::string, std::string>& Facts::environment() {
    if (!m_environment)
        m_environment = m_system.environment();
    return *m_environment;
}

const platform::SystemProxy& Facts::systemProxySettings() {
    if (!m_proxySettings)
        m_proxySettings = m_system.systemProxy();
    return *m_proxySettings;
}

const platform::WslFacts& Facts::wsl() {
    if (!m_wsl)
        m_wsl = m_system.wsl();
    return *m_wsl;
}

QList<QNetworkProxy> Facts::systemProxy(const QUrl& url) {
    static const QString qtFactory = QStringLiteral("QNetworkProxyFactory::systemProxyForQuery");
    m_proxyException.clear();
    if (m_proxyLookup) {
        m_proxySource = qtFactory;
        return m_proxyLookup(url);
    }
    const platform::SystemProxy& settings = systemProxySettings();
    if (!settings.source.empty() && settings.readable) {
        const platform::SystemProxyRoute route =
            platform::systemProxyRoute(settings, url.scheme().toStdString(), url.host().toStdString());
        m_proxySource = QString::fromStdString(settings.source);
        switch (route.kind) {
        case platform::SystemProxyRoute::Kind::Direct:
            m_proxyException = QString::fromStdString(route.matchedException);
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        case platform::SystemProxyRoute::Kind::Proxy:
            return {QNetworkProxy(route.serverKind == "socks" ? QNetworkProxy::Socks5Proxy
                                                              : QNetworkProxy::HttpProxy,
                                  QString::fromStdString(route.server.host), route.server.port)};
        case platform::SystemProxyRoute::Kind::AutoConfig:
            m_proxySource += QStringLiteral(" (PAC: ") + qtFactory + QLatin1Char(')');
            break;
        }
    } else {
        m_proxySource = qtFactory;
    }
    return QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
}

namespace {

// One plain HTTP GET over the platform's exchange: status, Location and the body's start.
struct PlainReply {
    int status = 0;
    QString location;
    QByteArray body;
};

PlainReply plainGet(platform::System& system, const platform::IpAddress& address, quint16 port,
                    const QString& host, const QString& path, std::chrono::milliseconds timeout) {
    const QByteArray get = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host.toUtf8() +
                           "\r\nUser-Agent: localhost-doctor\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    const platform::Exchange reply = system.exchange(address, port, get.toStdString(), timeout, 16384);
    PlainReply out;
    const QByteArray bytes = QByteArray::fromStdString(reply.reply);
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (!bytes.startsWith("HTTP/") || end < 0)
        return out;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    out.status = status.size() > 1 ? status.at(1).toInt() : 0;
    for (const QByteArray& line : lines)
        if (line.toLower().startsWith("location:"))
            out.location = QString::fromLatin1(line.mid(9).trimmed());
    out.body = bytes.mid(end + 4, 2048);
    return out;
}

} // namespace

void Facts::followRedirects(const platform::IpAddress& address) {
    ServiceProbe& service = *m_service;
    const int status = service.result.http->status;
    const quint16 port = service.request.port;
    const bool tls = service.result.tls;
    if (!tls && (status == 400 || status == 403 || status == 421)) {
        service.body = plainGet(m_system, address, port, service.request.hostHeader, service.request.path,
                                m_options.timeout)
                           .body;
        return;
    }
    if (status < 300 || status >= 400 || service.result.http->header("Location").isEmpty())
        return;
    // Follow while the redirects stay on this server and its scheme (http:// or https://, as it
    // answered); record where they lead.
    QUrl current(m_target.url());
    current.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    const int defaultPort = tls ? 443 : 80;
    QString location = QString::fromLatin1(service.result.http->header("Location"));
    int hopStatus = status;
    for (int hop = 0; hop < 10 && !cancelled(); ++hop) {
        service.redirects << ServiceProbe::Hop{current.toString(), hopStatus, location};
        const QUrl next = current.resolved(QUrl(location));
        const bool sameServer = next.scheme() == current.scheme() &&
                                next.host().compare(current.host(), Qt::CaseInsensitive) == 0 &&
                                next.port(defaultPort) == current.port(defaultPort);
        if (!sameServer)
            return;
        const QString path =
            next.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : next.path(QUrl::FullyEncoded);
        const QString query = next.hasQuery() ? QLatin1Char('?') + next.query(QUrl::FullyEncoded) : QString();
        PlainReply reply;
        if (tls) {
            ProbeRequest hopRequest = service.request;
            hopRequest.cancelled = [this] { return cancelled(); };
            if (const auto head = ProtocolProbe::head(hopRequest, true, path + query)) {
                reply.status = head->status;
                reply.location = QString::fromLatin1(head->header("Location"));
            }
        } else {
            reply = plainGet(m_system, address, port, service.request.hostHeader, path + query,
                             m_options.timeout);
        }
        if (reply.status < 300 || reply.status >= 400 || reply.location.isEmpty()) {
            service.redirects << ServiceProbe::Hop{next.toString(), reply.status, QString()};
            return;
        }
        current = next;
        hopStatus = reply.status;
        location = reply.location;
    }
}

} // namespace ld::wizard
