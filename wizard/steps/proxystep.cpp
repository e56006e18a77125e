// Step 6, "proxy": a proxy set in the environment (or the system settings) that would carry
// requests for a local address makes the user's programs fail while the server is fine. The
// rules per client live in proxyrules; this step turns them into a finding and the NO_PROXY line.

#include "wizard/steps/proxystep.h"
#include "wizard/report/quote.h"

#include "platform/log.h"
#include "wizard/proxy/proxyrules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkProxyFactory>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

QString proxyTypeName(QNetworkProxy::ProxyType type) {
    switch (type) {
    case QNetworkProxy::NoProxy:
        return QStringLiteral("none");
    case QNetworkProxy::DefaultProxy:
        return QStringLiteral("default");
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5");
    case QNetworkProxy::HttpProxy:
        return QStringLiteral("http");
    case QNetworkProxy::HttpCachingProxy:
        return QStringLiteral("http-caching");
    case QNetworkProxy::FtpCachingProxy:
        return QStringLiteral("ftp-caching");
    }
    return QStringLiteral("unknown");
}

bool isRealProxy(const QNetworkProxy& p) {
    return p.type() != QNetworkProxy::NoProxy && p.type() != QNetworkProxy::DefaultProxy;
}

// What Qt's own proxy resolution exempts, whatever the factory says (QGlobalNetworkProxy).
bool qtNeverProxies(const QString& host) {
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("localhost.")) ||
           QHostAddress(host).isLoopback();
}

class ProxyStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(ProxyStep)
public:
    StepResult run(Facts& facts) override {
        QElapsedTimer timer;
        timer.start();
        StepResult result;
        const Target& target = facts.target();
        if (target.scheme == QLatin1String("tcp") || target.host.isEmpty()) {
            // Proxy variables only steer web traffic; a raw TCP client never reads them.
            result.settleStatus();
            result.elapsedMs = timer.nsecsElapsed() / 1e6;
            return result;
        }

        // ws:// and wss:// go through the same proxy lookup as http:// and https://.
        const bool secure = target.scheme == QLatin1String("https") || target.scheme == QLatin1String("wss");
        const QString scheme = secure ? QStringLiteral("https") : QStringLiteral("http");
        const int port = target.port.value_or(Target::defaultPort(scheme));
        const proxy::Url url{scheme, target.host, port};
        const proxy::Environment env = facts.environment();
        const std::vector<proxy::Decision> decisions = proxy::decideAll(env, url);

        QUrl qurl;
        qurl.setScheme(scheme);
        qurl.setHost(target.host);
        qurl.setPort(port);
        qurl.setPath(target.path.isEmpty() ? QStringLiteral("/") : target.path);
        QNetworkProxy systemProxy(QNetworkProxy::NoProxy);
        for (const QNetworkProxy& p : facts.systemProxy(qurl)) {
            if (isRealProxy(p)) {
                systemProxy = p;
                break;
            }
        }
        // Elsewhere than Windows and macOS, Qt's system proxy is read from these same variables:
        // it is no extra program then, and the NO_PROXY line fixes it too.
        const std::string os = facts.system().osName();
        const bool systemFromVariables = os != "windows" && os != "macos" && proxy::anyProxyConfigured(env);
        const bool systemAffects = isRealProxy(systemProxy) && !systemFromVariables;

        QList<proxy::Decision> affected;
        for (const proxy::Decision& d : decisions) {
            if (d.route != proxy::Route::Direct)
                affected << d;
        }
        ld::log::get(ld::log::Area::Probe)
            .debug("proxy step: {} clients affected for {}, system proxy {}", affected.size(),
                   url.hostForUrl().toStdString(), proxyTypeName(systemProxy.type()).toStdString());

        QJsonObject evidence = evidenceFor(facts, env, url, decisions, systemProxy);
        QJsonObject system = evidence.value(QStringLiteral("system_proxy")).toObject();
        system.insert(QStringLiteral("read_from_variables"), systemFromVariables);
        evidence.insert(QStringLiteral("system_proxy"), system);
        const QString authority = quoteInput(target.authority());
        Finding finding;
        finding.evidence = evidence;
        // A system proxy that is set but sends this URL direct (an exception) is "bypassed", not "none".
        const bool systemConfigured = facts.systemProxySettings().any();
        if (!proxy::anyProxyConfigured(env) && !systemAffects && !systemConfigured) {
            finding.id = QStringLiteral("proxy.none");
            finding.severity = Severity::Ok;
            finding.title = tr("No proxy is set");
            finding.detail =
                tr("A proxy is a middle-man server that some networks put between your programs "
                   "and the web. None is set here: no proxy variables such as HTTP_PROXY, and the "
                   "system proxy settings send %1 directly. Programs reach your server without a "
                   "detour.")
                    .arg(authority);
        } else if (affected.isEmpty() && !systemAffects) {
            finding.id = QStringLiteral("proxy.bypassed");
            finding.severity = Severity::Ok;
            finding.title = tr("A proxy is set, but %1 goes around it").arg(authority);
            finding.detail =
                tr("A proxy is a middle-man server that some networks put between your programs "
                   "and the web. One is set here (%1), but every program this tool knows how to "
                   "check (curl, wget, Python, Node, Go) connects to %2 directly, so the proxy "
                   "does not get in the way.")
                    .arg((settingVariables(env) +
                          (systemConfigured ? QStringList{tr("the system proxy settings")} : QStringList{}))
                             .join(QStringLiteral(", ")),
                         authority);
        } else if (!isLocal(facts)) {
            finding.id = QStringLiteral("proxy.remote_via_proxy");
            finding.severity = Severity::Info;
            finding.title = tr("Requests to %1 go through a proxy").arg(authority);
            finding.detail =
                tr("A proxy is a middle-man server that some networks put between your programs "
                   "and the web. %1 is not on this computer, so going through the proxy is usually "
                   "right, as long as the proxy can reach it. These programs would use it:")
                    .arg(authority) +
                QLatin1Char('\n') + clientLines(affected, systemProxy, systemAffects);
        } else {
            localViaProxy(facts, env, url, affected, systemProxy, systemAffects, finding);
        }
        result.findings << finding;
        result.settleStatus();
        result.elapsedMs = timer.nsecsElapsed() / 1e6;
        return result;
    }

private:
    static bool isLocal(Facts& facts) {
        const QString& host = facts.target().host;
        if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) ||
            QHostAddress(host).isLoopback())
            return true;
        return facts.hostIsLocal();
    }

    // The variables that name a proxy (not the exception lists), as found.
    static QStringList settingVariables(const proxy::Environment& env) {
        QStringList names;
        for (const QString& name : proxy::proxyVariableNames(env)) {
            const QString lower = name.toLower();
            if (lower.endsWith(QLatin1String("_proxy")) && !lower.endsWith(QLatin1String("no_proxy")) &&
                !env.at(name.toStdString()).empty())
                names << name;
        }
        return names;
    }

    static QString names(const QList<proxy::Client>& clients) {
        QStringList list;
        for (const proxy::Client c : clients)
            list << proxy::clientName(c);
        if (list.size() <= 1)
            return list.join(QString());
        const QString last = list.takeLast();
        return tr("%1 and %2").arg(list.join(QStringLiteral(", ")), last);
    }

    static QString clientLines(const QList<proxy::Decision>& affected, const QNetworkProxy& systemProxy,
                               bool systemAffects) {
        QStringList lines;
        for (const proxy::Decision& d : affected) {
            const QString name = proxy::clientName(d.client);
            switch (d.reason) {
            case proxy::Reason::InvalidUrl:
                lines << tr("• %1: fails with \"Invalid URL\" before sending anything, because %2 is set and "
                            "the address is an IPv6 one")
                             .arg(name, d.noProxyVariable);
                break;
            case proxy::Reason::CgiRefused:
                lines << tr("• %1: refuses the proxy in %2 and fails, because REQUEST_METHOD is set")
                             .arg(name, d.proxyVariable);
                break;
            default:
                lines << tr("• %1: through %2 (set by %3)")
                             .arg(name, proxy::maskUserInfo(d.proxyUrl), d.decidedBy());
                break;
            }
        }
        if (systemAffects) {
            lines << tr("• programs that follow the system proxy settings: through %1:%2")
                         .arg(systemProxy.hostName())
                         .arg(systemProxy.port());
        }
        return lines.join(QLatin1Char('\n'));
    }

    static QString windowsLine(const proxy::NoProxyAdvice& advice) {
        // Windows variables ignore case: one setx covers no_proxy and NO_PROXY for new programs.
        QString line = QStringLiteral("setx NO_PROXY \"%1\"").arg(advice.value);
        for (const QString& name : advice.variables) {
            if (name.compare(QLatin1String("no_proxy"), Qt::CaseInsensitive) != 0)
                line += QStringLiteral(" & setx %1 \"%2\"").arg(name, advice.value);
        }
        return line;
    }

    void localViaProxy(Facts& facts, const proxy::Environment& env, const proxy::Url& url,
                       const QList<proxy::Decision>& affected, const QNetworkProxy& systemProxy,
                       bool systemAffects, Finding& finding) const {
        const QString authority = quoteInput(facts.target().authority());
        const proxy::NoProxyAdvice advice = proxy::adviseNoProxy(env, url);
        const bool windows = facts.system().osName() == "windows";
        const QString line = windows ? windowsLine(advice) : advice.line;
        const int count = static_cast<int>(affected.size()) + (systemAffects ? 1 : 0);

        finding.id = QStringLiteral("proxy.localhost_via_proxy");
        finding.severity = Severity::Error;
        finding.title = count == 1
                            ? tr("A program would send %1 to a proxy instead of this computer").arg(authority)
                            : tr("%1 programs would send %2 to a proxy instead of this computer")
                                  .arg(count)
                                  .arg(authority);

        QStringList paragraphs;
        paragraphs
            << tr("A proxy is a middle-man server that some networks put between your programs and the "
                  "web. One is set here, and these programs would hand requests for %1 to it instead of "
                  "connecting to your server on this computer. The proxy cannot see your server, so they "
                  "get an error or a page from the proxy even while the server runs fine:")
                       .arg(authority) +
                   QLatin1Char('\n') + clientLines(affected, systemProxy, systemAffects);
        if (!affected.isEmpty()) {
            paragraphs
                << tr("To fix it, tell these programs to skip the proxy for local addresses. Run this "
                      "line in the terminal you start them from (or add it to your shell profile, such "
                      "as ~/.bashrc or ~/.zshrc), then restart them:") +
                       QLatin1Char('\n') + line;
        }
        paragraphs << ipv6Sentence(env, url, advice);
        if (systemAffects) {
            paragraphs << tr(
                "Programs that follow the system proxy settings ignore that line: add localhost, "
                "127.0.0.1 and ::1 to the proxy exceptions (the bypass list) in your system's "
                "network settings.");
        }
        if (qtNeverProxies(url.host))
            paragraphs << tr(
                "This tool's own checks are not affected: it never uses a proxy for local addresses.");
        paragraphs.removeAll(QString());
        finding.detail = paragraphs.join(QStringLiteral("\n\n"));

        QJsonArray fixed;
        for (const proxy::Client c : advice.fixed)
            fixed << proxy::clientId(c);
        QJsonArray remaining;
        for (const proxy::Client c : advice.remaining)
            remaining << proxy::clientId(c);
        QJsonObject recommendation{
            {QStringLiteral("value"), advice.value},
            {QStringLiteral("added"), QJsonArray::fromStringList(advice.added)},
            {QStringLiteral("variables"), QJsonArray::fromStringList(advice.variables)},
            {QStringLiteral("fixes"), fixed},
            {QStringLiteral("remaining"), remaining}};
        finding.evidence.insert(QStringLiteral("recommended_no_proxy"), recommendation);

        if (!affected.isEmpty()) {
            Fix fix;
            fix.id = QStringLiteral("fix.set_no_proxy");
            fix.action = FixAction::SetEnvironment;
            fix.label = tr("Copy the NO_PROXY line");
            fix.params = {{QStringLiteral("variable"), QStringLiteral("NO_PROXY")},
                          {QStringLiteral("value"), advice.value},
                          {QStringLiteral("line"), line},
                          {QStringLiteral("variables"), advice.variables}};
            fix.changesSystem = false; // the GUI copies the line; the user runs it
            fix.preview = line;
            finding.fixes << fix;
        }
    }

    // Which programs an IPv6 literal still defeats, for the URL itself or for [::1].
    static QString ipv6Sentence(const proxy::Environment& env, const proxy::Url& url,
                                const proxy::NoProxyAdvice& advice) {
        if (url.isIpv6()) {
            if (advice.remaining.isEmpty()) {
                return tr("The value holds both ::1 and [::1] because some programs compare the address with "
                          "its brackets and some without.");
            }
            QString sentence = tr("No value makes %1 connect to an IPv6 address like %2 directly: write "
                                  "localhost or 127.0.0.1 in the address for these programs instead.")
                                   .arg(names(advice.remaining), url.hostForUrl());
            if (advice.remaining.contains(proxy::Client::GlobalAgent)) {
                sentence += QLatin1Char(' ') + tr("global-agent even fails with \"Invalid URL\" for such an "
                                                  "address once its NO_PROXY variable is set.");
            }
            return sentence;
        }
        proxy::Environment applied = env;
        for (const QString& name : advice.variables)
            applied[name.toStdString()] = advice.value.toStdString();
        const proxy::Url v6{url.scheme, QStringLiteral("::1"), url.port};
        const proxy::NoProxyAdvice more = proxy::adviseNoProxy(applied, v6);
        QStringList sentences;
        if (!more.fixed.isEmpty()) {
            sentences
                << tr("With this value, an address written as [::1] (IPv6) would still go through the proxy "
                      "in %1, which compare it with its brackets; add [::1] to the list too if you use "
                      "that form.")
                       .arg(names(more.fixed));
        }
        if (!more.remaining.isEmpty()) {
            sentences << tr("No value helps %1 with an IPv6 address like [::1]: use localhost or 127.0.0.1 "
                            "there.")
                             .arg(names(more.remaining));
        }
        return sentences.join(QLatin1Char(' '));
    }

    static QJsonObject evidenceFor(Facts& facts, const proxy::Environment& env, const proxy::Url& url,
                                   const std::vector<proxy::Decision>& decisions,
                                   const QNetworkProxy& systemProxy) {
        QJsonObject variables;
        for (const QString& name : proxy::proxyVariableNames(env))
            variables.insert(name, proxy::maskUserInfo(QString::fromStdString(env.at(name.toStdString()))));
        QJsonArray clients;
        for (const proxy::Decision& d : decisions) {
            clients << QJsonObject{{QStringLiteral("client"), proxy::clientId(d.client)},
                                   {QStringLiteral("name"), proxy::clientName(d.client)},
                                   {QStringLiteral("route"), proxy::routeName(d.route)},
                                   {QStringLiteral("reason"), proxy::reasonName(d.reason)},
                                   {QStringLiteral("proxy"), proxy::maskUserInfo(d.proxyUrl)},
                                   {QStringLiteral("proxy_variable"), d.proxyVariable},
                                   {QStringLiteral("no_proxy_variable"), d.noProxyVariable},
                                   {QStringLiteral("matched_entry"), d.matchedEntry},
                                   {QStringLiteral("decided_by"), d.decidedBy()}};
        }
        QJsonObject system{{QStringLiteral("type"), proxyTypeName(systemProxy.type())},
                           {QStringLiteral("applies"), isRealProxy(systemProxy)},
                           {QStringLiteral("source"), facts.systemProxySource()}};
        if (!facts.systemProxyException().isEmpty())
            system.insert(QStringLiteral("matched_exception"), facts.systemProxyException());
        const platform::SystemProxy& settings = facts.systemProxySettings();
        if (!settings.source.empty() && !settings.readable)
            system.insert(QStringLiteral("error"), QString::fromStdString(settings.error));
        if (!settings.exceptions.empty()) {
            QJsonArray exceptions;
            for (const std::string& entry : settings.exceptions)
                exceptions << QString::fromStdString(entry);
            system.insert(QStringLiteral("exceptions"), exceptions);
        }
        if (isRealProxy(systemProxy)) {
            system.insert(QStringLiteral("host"), systemProxy.hostName());
            system.insert(QStringLiteral("port"), systemProxy.port());
        }
        QJsonObject evidence{{QStringLiteral("url"), facts.target().url()},
                             {QStringLiteral("evaluated_as"), url.scheme},
                             {QStringLiteral("variables"), variables},
                             {QStringLiteral("clients"), clients},
                             {QStringLiteral("system_proxy"), system},
                             {QStringLiteral("this_tool_bypasses_proxy"), qtNeverProxies(url.host)}};
        evidence.insert(
            QStringLiteral("note"),
            tr("Qt, which this tool is built on, never sends localhost, localhost.* or loopback "
               "addresses (127.x.x.x, ::1) to a proxy, whatever the settings say, so this tool's own "
               "checks are immune; the programs listed here are not."));
        return evidence;
    }
};

} // namespace

std::unique_ptr<Step> makeProxyStep() {
    return std::make_unique<ProxyStep>();
}

} // namespace ld::wizard
