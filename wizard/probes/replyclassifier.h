#pragma once
// What the first bytes a server sends say about the service behind a port. Pure, so it can be
// fuzzed and tested from recorded bytes; the protocol probe decides what to send.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ld::wizard {

enum class ReplyKind {
    Empty,
    Http,
    Tls, // a TLS record (an alert or a handshake) where plain text was expected
    Ssh,
    Smtp,
    Ftp,
    FtpOrSmtp, // "220 ..." with nothing telling which
    MySql,
    Pop3,
    Imap,
    Vnc,
    Redis,
    PostgreSql,
    MongoDb,
    Http2, // an HTTP/2 frame (the server's SETTINGS preface) where HTTP/1.1 was asked: h2c or gRPC
    Unknown,
};

struct HttpHead {
    QByteArray version; // "HTTP/1.1"
    int status = 0;     // 0 when the status line is not readable
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool complete = false; // the blank line ending the headers was seen

    QByteArray header(const QByteArray& name) const; // the first with that name, any case
};

struct ReplyClass {
    ReplyKind kind = ReplyKind::Empty;
    // Enough bytes to conclude: an HTTP head ended, a greeting line ended, a packet is whole.
    // Unknown bytes are never complete: only the end of the stream or time ends them.
    bool complete = false;
    QString detail; // what the reply says about the server, e.g. "SSH-2.0-OpenSSH_9.2p1", "8.0.36"
    HttpHead http;  // when kind is Http
};

ReplyClass classifyReply(const QByteArray& bytes);

// The service id a reply kind names, as in Facts::service(): "http", "ssh"...
QString replyService(ReplyKind kind);
// The service's name for people: "SSH", "PostgreSQL", "FTP or SMTP (mail)".
QString serviceDisplayName(const QString& service);
// Bytes as printable text: ASCII as is, \r \n \t and \xNN escaped, cut after maxBytes.
QString quoteBytes(const QByteArray& bytes, int maxBytes = 96);

} // namespace ld::wizard
