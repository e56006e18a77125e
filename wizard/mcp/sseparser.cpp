#include "wizard/mcp/sseparser.h"

namespace ld::wizard {

QList<SseEvent> SseParser::feed(const QByteArray& bytes) {
    QList<SseEvent> out;
    if (m_overflow)
        return out;
    for (const char c : bytes) {
        if (c == '\n' && m_lastWasCr) { // the second half of a CRLF
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = c == '\r';
        if (c == '\r' || c == '\n') {
            takeLine(m_line, out);
            m_line.clear();
            continue;
        }
        m_line.append(c);
        if (m_line.size() + m_data.size() > m_maxLine) {
            m_overflow = true;
            m_line.clear();
            m_data.clear();
            return out;
        }
    }
    return out;
}

void SseParser::takeLine(const QByteArray& line, QList<SseEvent>& out) {
    if (line.isEmpty()) { // dispatch
        if (m_hasData) {
            SseEvent event;
            if (!m_event.isEmpty())
                event.event = QString::fromUtf8(m_event);
            event.data = QString::fromUtf8(m_data);
            event.id = QString::fromUtf8(m_id);
            out.append(event);
        }
        m_data.clear();
        m_event.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, e.g. a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_id = value;
    } // "retry" and unknown fields are ignored
}

} // namespace ld::wizard
