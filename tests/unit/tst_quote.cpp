// quoteInput: user input quoted in titles and details is capped, never cut inside a character,
// and shows control characters as spaces.
#include "wizard/report/quote.h"

#include <QTest>

using ld::wizard::quoteInput;

class TestQuote final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shortInputIsKept() {
        QCOMPARE(quoteInput(QStringLiteral("localhost:3000")), QStringLiteral("localhost:3000"));
    }

    void longInputIsCapped() {
        const QString url = QStringLiteral("http://localhost:3000/") + QString(1000000, u'a');
        const QString quoted = quoteInput(url);
        QCOMPARE(quoted.size(), 200);
        QVERIFY(quoted.endsWith(QChar(0x2026)));
        QVERIFY(quoted.startsWith(QStringLiteral("http://localhost:3000/aaa")));
        QCOMPARE(quoteInput(url, 20).size(), 20);
        QCOMPARE(quoteInput(QString(200, u'b')), QString(200, u'b')); // exactly the limit: whole
    }

    void neverHalfACharacter() {
        QString text = QString(198, u'x') + QStringLiteral("😀😀😀");
        const QString quoted = quoteInput(text);
        QVERIFY(!quoted.chopped(1).back().isHighSurrogate());
        QVERIFY(quoted.size() <= 200);
    }

    void controlCharactersBecomeSpaces() {
        QCOMPARE(quoteInput(QStringLiteral("a\nb\tc\x1b[31m")), QStringLiteral("a b c [31m"));
    }
};

QTEST_APPLESS_MAIN(TestQuote)
#include "tst_quote.moc"
