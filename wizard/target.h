#pragma once
// What the user typed, parsed into scheme, host, port and path. Keeps the raw text and, for a
// port that isn't one, what was wrong with it: the port step explains it instead of guessing.

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ld::wizard {

enum class PortProblem { None, Missing, NotANumber, Zero, OutOfRange };

struct Target {
    QString input;  // as typed
    QString scheme; // lower case; "http" when none was typed
    bool schemeGiven = false;
    QString host; // lower case, without brackets; "localhost" when none was typed
    bool hostGiven = false;
    bool hostIsIpv6Literal = false;
    std::optional<int> port; // the port to use: typed, or the scheme's default when missing
    QString portText;        // the port as typed (may be 5,000 digits)
    PortProblem portProblem = PortProblem::None;
    QString path = QStringLiteral("/");

    bool usable() const { return port.has_value(); }
    // host:port with brackets for IPv6, e.g. "[::1]:8080"
    QString authority() const;
    QString url() const; // normalised, e.g. "http://localhost:3000/mcp"
    static int defaultPort(const QString& scheme);
};

struct TargetParse {
    std::optional<Target> target;
    QString error; // translated; set when the input can't be read as an address at all
    int errorPosition = -1;
};

class TargetParser {
    Q_DECLARE_TR_FUNCTIONS(TargetParser)
public:
    static TargetParse parse(const QString& input);
    static QStringList knownSchemes();
};

} // namespace ld::wizard
