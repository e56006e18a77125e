#pragma once
// The redactor's rules: where secrets are found in text (by shape and by context), as candidate
// ranges for Redactor to replace. Internal to wizard/bundle.

#include "wizard/bundle/redactor.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ld::wizard::redaction {

// Lower wins the kind when candidates overlap.
enum Priority {
    PemRule = 0,
    JsonRule,
    HeaderRule,
    UrlRule,
    QueryRule,
    AssignmentRule,
    ShapeRule,
    RandomRule,
    HomeRule,
    UserRule
};

using Candidate = Redactor::Candidate;

// Every rule over the text, including JSON nested in JSON strings (escaped at any depth) and
// the values under "env" and "headers".
void addTextMatches(const QString& text, QList<Candidate>& out);
// The values of "env" and "headers" objects, by a scanner that tolerates broken JSON.
void addMcpConfigValues(const QString& text, QList<Candidate>& out);
void addHomeMatches(const QString& text, const RedactionIdentity& identity, QList<Candidate>& out);
void addUserMatches(const QString& text, const RedactionIdentity& identity, QList<Candidate>& out);
// The kind of the key shape the whole value has, or empty.
QString shapeKind(const QString& value);
double entropy(QStringView text);
int charClass(QChar c);

} // namespace ld::wizard::redaction
