#pragma once
// Takes secrets out of text before anything of it is written. One Redactor serves one bundle:
// it remembers every secret it replaced, so the same secret gets the same placeholder in every
// file (`<secret-3:sk>`), and support can still see that two values matched. The secrets
// themselves never leave this object.
//
// What is replaced, in the order that decides a placeholder's kind when matches overlap:
//   pem          -----BEGIN ... PRIVATE KEY----- blocks (to the END line, or to the end of a
//                truncated text)
//   env, header  values under "env" and "headers" in an MCP config (redactMcpConfig only; keys
//                are kept, and so are numbers and booleans, which are never credentials there)
//   auth-header  the values of Authorization, Proxy-Authorization, X-Api-Key, Api-Key,
//                X-Auth-Token, Mcp-Session-Id headers anywhere in text; the scheme (Bearer, Basic)
//                is kept. cookie: Cookie and Set-Cookie values.
//   url-password the password of a URL's userinfo (the user name is kept unless it is a key)
//   url-query    values of query keys such as token, access_token, key, api_key, secret,
//                password, sig, signature, code, auth
//   assignment   NAME=VALUE, NAME: VALUE, --NAME VALUE, --NAME=VALUE and ["--NAME", "VALUE"] (a flag
//                and its value as two array items) where NAME ends in token, secret, password,
//                passwd, pwd, api-key / api_key / apikey, access-token, client-secret,
//                credentials, auth... (the separator "-", "_" or none); UUIDs and lowercase tokens
//                there are secrets too
//   sk, stripe, github, slack, aws, google, jwt, npm, gitlab   keys recognised by their shape
//   hex          32 or more hex digits that look random
//   base64       32 or more base64/base64url characters that look random (a mix of cases and
//                digits, high entropy, frequent character-class changes: words, paths and
//                identifiers fail the test)
// A value found by a context rule (env, header, query...) takes the kind of its shape when the
// whole value has one, so a key pasted in two places gets the same placeholder in both.
// Every rule also runs inside JSON strings that hold escaped JSON (a message quoted in an MCP
// log), to 8 levels; "env" and "headers" values are found in every text, not only in configs.
// Placeholders already present, also HTML-escaped (&lt;secret-3:sk&gt; in report.html), are
// kept, so a second pass never numbers a secret twice.
//
// UUIDs (8-4-4-4-12) are kept: they are request, session and machine identifiers that support
// needs to correlate, not credentials; where one is a credential it sits in a context that is
// redacted anyway (a header such as Mcp-Session-Id, a query key, an env value).
// The home folder becomes `~`; the user name becomes `<user>`, except generic account names
// (root, admin, user, runner...) that identify nobody and would otherwise mangle ordinary words.

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ld::wizard {

// A replaced range in the redacted text (QString positions), for highlighting.
struct RedactionSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    QString kind; // "sk", "url-query", "home", "user"...
};

struct Redacted {
    QString text;
    QList<RedactionSpan> spans;
    QMap<QString, int> counts;   // replacements by kind (home and user included)
    QMap<QString, int> distinct; // different secrets by kind
};

// Whose home and name to hide.
struct RedactionIdentity {
    QString home;                 // e.g. /home/ana or C:\Users\ana
    QStringList userNames;        // e.g. ana
    bool caseInsensitive = false; // Windows paths and names

    static RedactionIdentity current();
};

class Redactor {
public:
    explicit Redactor(RedactionIdentity identity = RedactionIdentity::current());

    Redacted redactText(const QString& text);
    // The same as redactText (which finds every value under "env" and "headers" objects with a
    // tolerant scanner that also works on a config with a syntax error); kept for its callers.
    Redacted redactMcpConfig(const QString& text);

    int secretCount() const { return int(m_placeholders.size()); }
    const RedactionIdentity& identity() const { return m_identity; }

    // The kind of key the whole value looks like ("sk", "jwt"...), or empty.
    static QString shapeKind(const QString& value);
    // Whether a long token looks random enough to be a key (the hex and base64 rules).
    static bool looksRandomHex(QStringView token);
    static bool looksRandomBase64(QStringView token);
    static bool isGenericUserName(const QString& name);
    // Matches the placeholders this class writes: <secret-N:kind>, ~ is not one.
    static QString placeholderRegex();

    struct Candidate {
        qsizetype start = 0;
        qsizetype end = 0;
        int priority = 0; // lower wins the kind when ranges overlap
        QString kind;
        bool fromContext = false; // kind from where it was found, not from its shape
    };

private:
    Redacted apply(const QString& text, QList<Candidate> candidates);
    QString placeholder(const QString& secret, const QString& kind);

    RedactionIdentity m_identity;
    QHash<QString, QString> m_placeholders; // secret -> placeholder
    QHash<QString, QString> m_kinds;        // placeholder -> kind
    int m_next = 0;
};

} // namespace ld::wizard
