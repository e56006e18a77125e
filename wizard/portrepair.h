#pragma once
// Ports one typing mistake away from what was typed: a digit dropped, two neighbours swapped,
// a digit changed (or, for a valid port, one added). Used to repair 619009 and to spot that
// "your server listens on 8081".

#include <QList>
#include <QSet>
#include <QString>

namespace ld::wizard {

enum class EditKind { Sign, Dropped, Swapped, Changed, Inserted };

struct PortCandidate {
    int port = 0;
    EditKind kind = EditKind::Dropped;
    bool listening = false; // something listens there right now
    bool mentioned = false; // a config on this machine mentions it
};

// In-range one-edit variants of an out-of-range or otherwise wrong port text, best first:
// listening now, then mentioned by a config, then by kind of edit (drops from the right first).
QList<PortCandidate> repairPort(const QString& portText, const QSet<int>& listening,
                                const QSet<int>& mentioned = {});

// Whether two port numbers are one typing mistake apart (including one digit inserted or dropped).
bool oneEditApart(int a, int b);

} // namespace ld::wizard
