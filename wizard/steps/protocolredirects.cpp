// The protocol step's findings about answers that are not the page: redirects (a loop, or away
// to another scheme or host), dev servers refusing the Host header, and resets after the request.
#include "wizard/report/quote.h"
#include "wizard/steps/protocolfindings.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace ld::wizard {

// Redirects followed on this server: back to where they started (a loop browsers give up on
// with ERR_TOO_MANY_REDIRECTS), or away to another scheme or host.
std::optional<Finding> ProtocolFindings::redirectFinding(const Target& target,
                                                         const ServiceProbe& service) const {
    if (service.redirects.isEmpty())
        return std::nullopt;
    QStringList chain;
    QJsonArray hops;
    QSet<QString> seen;
    bool loop = false;
    for (const ServiceProbe::Hop& hop : service.redirects) {
        chain << QStringLiteral("%1 (%2)").arg(hop.url).arg(hop.status);
        hops.append(QJsonObject{{QStringLiteral("url"), hop.url},
                                {QStringLiteral("status"), hop.status},
                                {QStringLiteral("location"), hop.location}});
        loop = loop || seen.contains(hop.url);
        seen.insert(hop.url);
    }
    const ServiceProbe::Hop& last = service.redirects.last();
    loop = loop || (service.redirects.size() >= 10 && !last.location.isEmpty());
    if (loop) {
        Finding f = make("protocol.redirect_loop", Severity::Error,
                         tr("%1 redirects in a loop").arg(quoteInput(target.authority())), {});
        f.detail = tr("Each answer sends the browser to another address that sends it back: browsers stop "
                      "with ERR_TOO_MANY_REDIRECTS. The chain: %1. Check the server's redirect rules (an "
                      "HTTP-to-HTTPS rule behind a proxy that already did it, a trailing-slash rule, a "
                      "login redirect to itself).")
                       .arg(chain.join(QStringLiteral(" → ")));
        f.evidence.insert(QStringLiteral("redirects"), hops);
        return f;
    }
    if (last.location.isEmpty())
        return std::nullopt; // followed to a real answer on the same server: judged below
    const QUrl away = QUrl(last.url).resolved(QUrl(last.location));
    Finding f =
        make("protocol.redirect", Severity::Warning,
             tr("%1 redirects to %2").arg(quoteInput(target.authority()), quoteInput(away.toString())), {});
    f.detail = tr("The server answers with a redirect to another %1. Clients that do not follow "
                  "redirects (most API clients, MCP clients) stop here. The chain: %2.")
                   .arg(away.scheme() != QUrl(last.url).scheme() ? tr("scheme (%1)").arg(away.scheme())
                                                                 : tr("host (%1)").arg(away.authority()))
                   .arg(chain.join(QStringLiteral(" → ")));
    f.evidence.insert(QStringLiteral("redirects"), hops);
    f.fixes << Fix{QStringLiteral("fix.use_url"),
                   tr("Use %1").arg(quoteInput(away.toString())),
                   {{QStringLiteral("url"), away.toString()}},
                   false,
                   {}};
    return f;
}

// A dev server that refuses the Host (or Origin) it was asked with, and the setting that allows it.
std::optional<Finding> ProtocolFindings::hostNotAllowed(const Target& target,
                                                        const ServiceProbe& service) const {
    const QByteArray body = service.body;
    if (body.isEmpty())
        return std::nullopt;
    struct Marker {
        const char* text;
        const char* server;
        const char* setting;
    };
    static const Marker markers[] = {
        {"Blocked request. This host", "Vite", "server.allowedHosts (vite.config)"},
        {"Invalid Host header", "webpack-dev-server", "devServer.allowedHosts"},
        {"allowedDevOrigins", "Next.js", "allowedDevOrigins (next.config)"},
        {"Invalid Host", "an MCP server's DNS-rebinding guard",
         "allowedHosts / allowedOrigins of the MCP transport"},
        {"Invalid Origin", "an MCP server's DNS-rebinding guard", "allowedOrigins of the MCP transport"},
        {"DisallowedHost", "Django", "ALLOWED_HOSTS (settings.py)"},
    };
    for (const Marker& marker : markers) {
        if (!body.contains(marker.text))
            continue;
        Finding f = make("protocol.host_not_allowed", Severity::Error,
                         tr("%1 refuses the address %2 (Host check)")
                             .arg(QLatin1String(marker.server), quoteInput(target.host)),
                         {});
        f.detail = tr("The server answers, but refuses requests for \"%1\": a protection against DNS "
                      "rebinding that only lets listed host names in. Add \"%1\" to %2, or open the "
                      "address the server prints when it starts.")
                       .arg(quoteInput(target.host), QLatin1String(marker.setting));
        f.evidence.insert(QStringLiteral("server_kind"), QLatin1String(marker.server));
        f.evidence.insert(QStringLiteral("setting"), QLatin1String(marker.setting));
        f.evidence.insert(QStringLiteral("body"), QString::fromUtf8(body.left(200)));
        return f;
    }
    return std::nullopt;
}

// The server accepted, then sent a reset: its own doing (a crash, a refused client, a
// forwarder with nothing behind it), never a firewall, which refuses before the handshake.
Finding ProtocolFindings::reset(const Target& target, const ServiceProbe& service) const {
    Finding f = make("protocol.reset", Severity::Error,
                     tr("The server on port %1 dropped the connection (reset)").arg(*target.port), {});
    const platform::Exchange& witness = *service.witness;
    f.detail = witness.reply.empty()
                   ? tr("Port %1 accepted the connection, then reset it before answering. That is the server "
                        "itself (a firewall refuses before a connection is made): it crashed while handling "
                        "the request, refuses this kind of client, or is a forwarder with nothing behind it. "
                        "Its log says why.")
                         .arg(*target.port)
                   : tr("Port %1 started to answer, then reset the connection. The server crashed or gave up "
                        "while answering: its log says why.")
                         .arg(*target.port);
    f.evidence.insert(QStringLiteral("reset"), true);
    f.evidence.insert(QStringLiteral("bytes_before_reset"), qint64(witness.reply.size()));
    f.evidence.insert(QStringLiteral("os_error"), QString::fromStdString(witness.errorText));
    return f;
}

} // namespace ld::wizard
