#include "wizard/portrepair.h"

#include <algorithm>

namespace ld::wizard {
namespace {

// Only plain digit strings without a leading zero name a port someone meant.
int asPort(const QString& digits) {
    if (digits.isEmpty() || digits.size() > 5 || digits.at(0) == QLatin1Char('0'))
        return 0;
    for (QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    const int value = digits.toInt();
    return value >= 1 && value <= 65535 ? value : 0;
}

} // namespace

QList<PortCandidate> repairPort(const QString& portText, const QSet<int>& listening,
                                const QSet<int>& mentioned) {
    QList<PortCandidate> candidates;
    const auto add = [&](int port, EditKind kind) {
        if (port == 0)
            return;
        for (const PortCandidate& existing : candidates)
            if (existing.port == port)
                return;
        candidates.append({port, kind, listening.contains(port), mentioned.contains(port)});
    };

    QString digits = portText;
    if (digits.startsWith(QLatin1Char('-'))) {
        digits.remove(0, 1);
        add(asPort(digits), EditKind::Sign);
    }
    // Beyond seven digits no single edit gives a port; don't build variants of 5,000 digits.
    if (digits.size() > 7)
        return candidates;
    for (qsizetype i = digits.size() - 1; i >= 0; --i)
        add(asPort(QString(digits).remove(i, 1)), EditKind::Dropped);
    for (qsizetype i = 0; i + 1 < digits.size(); ++i) {
        QString swapped = digits;
        std::swap(swapped[i], swapped[i + 1]);
        add(asPort(swapped), EditKind::Swapped);
    }
    for (qsizetype i = 0; i < digits.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (digits.at(i) == QLatin1Char(d))
                continue;
            QString changed = digits;
            changed[i] = QLatin1Char(d);
            add(asPort(changed), EditKind::Changed);
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const PortCandidate& a, const PortCandidate& b) {
                         if (a.listening != b.listening)
                             return a.listening;
                         if (a.mentioned != b.mentioned)
                             return a.mentioned;
                         return static_cast<int>(a.kind) < static_cast<int>(b.kind);
                     });
    return candidates;
}

bool oneEditApart(int a, int b) {
    if (a == b)
        return false;
    const QString x = QString::number(a);
    const QString y = QString::number(b);
    if (x.size() == y.size()) {
        qsizetype first = -1;
        int differences = 0;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x.at(i) != y.at(i)) {
                if (first < 0)
                    first = i;
                ++differences;
            }
        }
        if (differences == 1)
            return true;
        return differences == 2 && first + 1 < x.size() && x.at(first) == y.at(first + 1) &&
               x.at(first + 1) == y.at(first);
    }
    const QString& longer = x.size() > y.size() ? x : y;
    const QString& shorter = x.size() > y.size() ? y : x;
    if (longer.size() != shorter.size() + 1)
        return false;
    for (qsizetype i = 0; i < longer.size(); ++i)
        if (QString(longer).remove(i, 1) == shorter)
            return true;
    return false;
}

} // namespace ld::wizard
