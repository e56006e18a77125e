#include "wizard/knownports.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace ld::wizard {

namespace {

struct Entry {
    int port;
    const char* description; // marked for translation in the "KnownPorts" context
    const char* service;
};

// Sorted by port for the binary search below.
constexpr std::array kEntries{
    Entry{21, QT_TRANSLATE_NOOP("KnownPorts", "FTP"), "ftp"},
    Entry{22, QT_TRANSLATE_NOOP("KnownPorts", "SSH"), "ssh"},
    Entry{25, QT_TRANSLATE_NOOP("KnownPorts", "SMTP (mail)"), "smtp"},
    Entry{53, QT_TRANSLATE_NOOP("KnownPorts", "DNS"), "dns"},
    Entry{80, QT_TRANSLATE_NOOP("KnownPorts", "a web server (HTTP)"), "http"},
    Entry{110, QT_TRANSLATE_NOOP("KnownPorts", "POP3 (mail)"), "pop3"},
    Entry{143, QT_TRANSLATE_NOOP("KnownPorts", "IMAP (mail)"), "imap"},
    Entry{443, QT_TRANSLATE_NOOP("KnownPorts", "a web server (HTTPS)"), "https"},
    Entry{465, QT_TRANSLATE_NOOP("KnownPorts", "SMTP over TLS (mail)"), "smtp"},
    Entry{587, QT_TRANSLATE_NOOP("KnownPorts", "SMTP submission (mail)"), "smtp"},
    Entry{631, QT_TRANSLATE_NOOP("KnownPorts", "CUPS (printing)"), "http"},
    Entry{993, QT_TRANSLATE_NOOP("KnownPorts", "IMAP over TLS (mail)"), "imap"},
    Entry{995, QT_TRANSLATE_NOOP("KnownPorts", "POP3 over TLS (mail)"), "pop3"},
    Entry{1433, QT_TRANSLATE_NOOP("KnownPorts", "Microsoft SQL Server"), "mssql"},
    Entry{1883, QT_TRANSLATE_NOOP("KnownPorts", "MQTT (Mosquitto)"), "mqtt"},
    Entry{2375, QT_TRANSLATE_NOOP("KnownPorts", "the Docker API"), "http"},
    Entry{3000, QT_TRANSLATE_NOOP("KnownPorts", "a React, Next.js or Express dev server"), "http"},
    Entry{3001, QT_TRANSLATE_NOOP("KnownPorts", "a second React, Next.js or Express dev server"), "http"},
    Entry{3306, QT_TRANSLATE_NOOP("KnownPorts", "MySQL or MariaDB"), "mysql"},
    Entry{3334, QT_TRANSLATE_NOOP("KnownPorts", "mcp-remote's OAuth callback"), "http"},
    Entry{4200, QT_TRANSLATE_NOOP("KnownPorts", "the Angular dev server"), "http"},
    Entry{4321, QT_TRANSLATE_NOOP("KnownPorts", "the Astro dev server"), "http"},
    Entry{5000, QT_TRANSLATE_NOOP("KnownPorts", "a Flask dev server (or macOS AirPlay)"), "http"},
    Entry{5173, QT_TRANSLATE_NOOP("KnownPorts", "the Vite dev server"), "http"},
    Entry{5432, QT_TRANSLATE_NOOP("KnownPorts", "PostgreSQL"), "postgresql"},
    Entry{5672, QT_TRANSLATE_NOOP("KnownPorts", "RabbitMQ (AMQP)"), "amqp"},
    Entry{5900, QT_TRANSLATE_NOOP("KnownPorts", "VNC (remote desktop)"), "vnc"},
    Entry{6274, QT_TRANSLATE_NOOP("KnownPorts", "the MCP Inspector's web UI"), "http"},
    Entry{6277, QT_TRANSLATE_NOOP("KnownPorts", "the MCP Inspector's proxy"), "http"},
    Entry{6379, QT_TRANSLATE_NOOP("KnownPorts", "Redis"), "redis"},
    Entry{7000, QT_TRANSLATE_NOOP("KnownPorts", "macOS AirPlay Receiver (ControlCenter)"), "http"},
    Entry{8000, QT_TRANSLATE_NOOP("KnownPorts", "a dev server (Django, Python's http.server and others)"),
          "http"},
    Entry{8080, QT_TRANSLATE_NOOP("KnownPorts", "a dev server or HTTP proxy"), "http"},
    Entry{8443, QT_TRANSLATE_NOOP("KnownPorts", "a web server (HTTPS)"), "https"},
    Entry{8888, QT_TRANSLATE_NOOP("KnownPorts", "Jupyter"), "http"},
    Entry{9000, QT_TRANSLATE_NOOP("KnownPorts", "PHP-FPM, SonarQube or MinIO"), "unknown"},
    Entry{9090, QT_TRANSLATE_NOOP("KnownPorts", "Prometheus"), "http"},
    Entry{9200, QT_TRANSLATE_NOOP("KnownPorts", "Elasticsearch"), "http"},
    Entry{11434, QT_TRANSLATE_NOOP("KnownPorts", "Ollama"), "http"},
    Entry{15672, QT_TRANSLATE_NOOP("KnownPorts", "the RabbitMQ management UI"), "http"},
    Entry{27017, QT_TRANSLATE_NOOP("KnownPorts", "MongoDB"), "mongodb"},
};

constexpr bool sortedByPort() {
    for (std::size_t i = 1; i < kEntries.size(); ++i)
        if (kEntries[i - 1].port >= kEntries[i].port)
            return false;
    return true;
}
static_assert(sortedByPort(), "kEntries must stay sorted by port");

} // namespace

std::optional<KnownPort> knownPort(int port) {
    const auto it = std::lower_bound(kEntries.begin(), kEntries.end(), port,
                                     [](const Entry& entry, int value) { return entry.port < value; });
    if (it == kEntries.end() || it->port != port)
        return std::nullopt;
    return KnownPort{it->port, QCoreApplication::translate("KnownPorts", it->description),
                     QString::fromLatin1(it->service)};
}

} // namespace ld::wizard
