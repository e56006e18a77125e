// SseParser: the text/event-stream grammar, fed whole and byte by byte, and its bound.

#include "wizard/mcp/sseparser.h"

#include <QTest>

using ld::wizard::SseEvent;
using ld::wizard::SseParser;

class TestSseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void bounded();
};

// Each event as "event|data|id", data newlines as "\n".
static QStringList flatten(const QList<SseEvent>& events) {
    QStringList out;
    for (const SseEvent& event : events)
        out << event.event + QLatin1Char('|') + event.data + QLatin1Char('|') + event.id;
    return out;
}

void TestSseParser::events_data() {
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("endpoint") << QByteArray("event: endpoint\ndata: /message?sessionId=abc\n\n")
                              << QStringList{"endpoint|/message?sessionId=abc|"};
    QTest::addRow("message with id") << QByteArray("id: 7\nevent: message\ndata: {\"id\":1}\n\n")
                                     << QStringList{"message|{\"id\":1}|7"};
    QTest::addRow("default event") << QByteArray("data: x\n\n") << QStringList{"message|x|"};
    QTest::addRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\ndata: 2\r\n\r\n")
                          << QStringList{"a|1|", "message|2|"};
    QTest::addRow("cr only") << QByteArray("data: 1\r\rdata: 2\r\r")
                             << QStringList{"message|1|", "message|2|"};
    QTest::addRow("multi-line data") << QByteArray("data: a\ndata: b\n\n") << QStringList{"message|a\nb|"};
    QTest::addRow("comment keep-alive") << QByteArray(":\n: ping\ndata: x\n\n") << QStringList{"message|x|"};
    QTest::addRow("priming event, empty data") << QByteArray("id: 1\ndata:\n\n") << QStringList{"message||1"};
    QTest::addRow("no data, no event") << QByteArray("event: x\n\n") << QStringList{};
    QTest::addRow("no space after colon") << QByteArray("data:x\n\n") << QStringList{"message|x|"};
    QTest::addRow("two spaces keep one") << QByteArray("data:  x\n\n") << QStringList{"message| x|"};
    QTest::addRow("retry ignored") << QByteArray("retry: 1000\ndata: x\n\n") << QStringList{"message|x|"};
    QTest::addRow("unterminated") << QByteArray("data: x\n") << QStringList{};
    QTest::addRow("field without colon") << QByteArray("data\n\n") << QStringList{"message||"};
}

void TestSseParser::events() {
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    SseParser whole;
    QCOMPARE(flatten(whole.feed(stream)), expected);

    SseParser bytewise; // the same events however the stream is cut
    QList<SseEvent> events;
    for (char c : stream)
        events << bytewise.feed(QByteArray(1, c));
    QCOMPARE(flatten(events), expected);
}

void TestSseParser::bounded() {
    SseParser parser(1024);
    QVERIFY(parser.feed(QByteArray(4096, 'x')).isEmpty());
    QVERIFY(parser.overflow());
    QVERIFY(parser.bufferedBytes() <= 1024);
    QVERIFY(parser.feed("\n\ndata: x\n\n").isEmpty()); // stays stopped

    SseParser data(1024); // many short data lines add up too
    QByteArray lines;
    for (int i = 0; i < 200; ++i)
        lines += "data: 0123456789\n";
    data.feed(lines);
    QVERIFY(data.overflow());
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
