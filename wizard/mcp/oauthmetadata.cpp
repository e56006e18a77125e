#include "wizard/mcp/oauthmetadata.h"

#include "wizard/mcp/mcphttpfindings.h"
#include "wizard/mcp/mcpsession.h"

#include <QStringList>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace ld::wizard {

QList<QUrl> protectedResourceMetadataUrls(const QUrl& endpoint) {
    QList<QUrl> urls;
    QUrl base = endpoint;
    base.setQuery(QString());
    base.setFragment(QString());
    QString path = endpoint.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString wellKnown = QStringLiteral("/.well-known/oauth-protected-resource");
    if (!path.isEmpty()) {
        QUrl inserted = base;
        inserted.setPath(wellKnown + path);
        urls << inserted;
    }
    QUrl root = base;
    root.setPath(wellKnown);
    urls << root;
    return urls;
}

QJsonArray probeProtectedResourceMetadata(const QUrl& endpoint, std::chrono::milliseconds timeout) {
    mcp::ensureEventDispatcher();
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QJsonArray tried;
    for (const QUrl& url : protectedResourceMetadataUrls(endpoint)) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        QNetworkReply* reply = nam.get(request);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeout);
        if (!reply->isFinished())
            loop.exec();
        const bool finished = reply->isFinished();
        if (!finished)
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->read(256 * 1024)).object();
        const bool found = finished && status == 200 && !body.isEmpty();
        QJsonObject entry{{QStringLiteral("url"), url.toString()},
                          {QStringLiteral("status"), finished ? QJsonValue(status) : QJsonValue()},
                          {QStringLiteral("found"), found}};
        if (found)
            entry.insert(QStringLiteral("authorization_servers"),
                         body.value(QStringLiteral("authorization_servers")));
        tried.append(entry);
        reply->deleteLater();
        if (found)
            break;
    }
    return tried;
}

// A 401 without resource_metadata: where a client would look for it, each URL tried.
void findProtectedResourceMetadata(McpProbeResult& result, const QUrl& url,
                                   std::chrono::milliseconds timeout) {
    for (Finding& finding : result.findings) {
        if (finding.id != QLatin1String("mcp.unauthorized") ||
            !finding.evidence.value(QStringLiteral("resource_metadata")).toString().isEmpty())
            continue;
        const auto each = std::min(timeout, std::chrono::milliseconds(5000));
        const QJsonArray tried = probeProtectedResourceMetadata(url, each);
        finding.evidence.insert(QStringLiteral("metadata_tried"), tried);
        QStringList lines;
        QString found;
        for (const QJsonValue& value : tried) {
            const QJsonObject entry = value.toObject();
            lines << QStringLiteral("%1 → %2").arg(
                entry.value(QStringLiteral("url")).toString(),
                entry.value(QStringLiteral("status")).isNull()
                    ? QStringLiteral("-")
                    : QString::number(entry.value(QStringLiteral("status")).toInt()));
            if (entry.value(QStringLiteral("found")).toBool())
                found = entry.value(QStringLiteral("url")).toString();
        }
        finding.detail +=
            QStringLiteral("\n\n") +
            (found.isEmpty()
                 ? HttpFindings::tr("Its 401 names no resource_metadata, and none was found where "
                                    "clients look for it:\n%1\nA client can't start the login "
                                    "by itself then; the server must be given a token or API key.")
                       .arg(lines.join(QLatin1Char('\n')))
                 : HttpFindings::tr("Its 401 names no resource_metadata; clients find it at %1.").arg(found));
    }
}

} // namespace ld::wizard
