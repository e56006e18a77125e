#pragma once
// Server-Sent Events, read incrementally: the bytes of a text/event-stream in, whole events out.
// Bounded: a line longer than the limit stops the parser (a stream that isn't SSE, or a flood).

#include <QByteArray>
#include <QList>
#include <QString>

namespace ld::wizard {

struct SseEvent {
    QString event = QStringLiteral("message"); // the `event:` field, "message" when absent
    QString data;                              // `data:` lines joined by '\n'
    QString id;
};

class SseParser {
public:
    explicit SseParser(qsizetype maxLineBytes = 4 * 1024 * 1024)
        : m_maxLine(maxLineBytes) {}

    // Feeds bytes; returns the events they completed. After overflow() it returns nothing.
    QList<SseEvent> feed(const QByteArray& bytes);
    bool overflow() const { return m_overflow; }
    qsizetype bufferedBytes() const { return m_line.size() + m_data.size(); }

private:
    void takeLine(const QByteArray& line, QList<SseEvent>& out);

    qsizetype m_maxLine;
    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_lastWasCr = false;
    bool m_overflow = false;
};

} // namespace ld::wizard
