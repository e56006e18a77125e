#include "platform/autostart.h"

namespace ld::platform {

namespace {

// The Desktop Entry spec: quote an argument with reserved characters, escaping the quote,
// backtick, dollar and backslash inside; a literal % is written %%.
std::string desktopQuote(const std::string& argument) {
    std::string escaped;
    bool quote = argument.empty();
    for (char c : argument) {
        if (c == '%') {
            escaped += "%%";
            continue;
        }
        if (c == '"' || c == '`' || c == '$' || c == '\\') {
            escaped += '\\';
            quote = true;
        }
        if (c == ' ' || c == '\t' || c == '\'' || c == '>' || c == '<' || c == '~' || c == '|' || c == '&' ||
            c == ';' || c == '*' || c == '?' || c == '#' || c == '(' || c == ')')
            quote = true;
        escaped += c;
    }
    std::string result = quote ? "\"" + escaped + "\"" : escaped;
    // Inside a desktop file string, a backslash is itself escaped once more.
    std::string doubled;
    for (char c : result) {
        if (c == '\\')
            doubled += '\\';
        doubled += c;
    }
    return doubled;
}

std::string xmlEscape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string oneLine(const std::string& text) {
    std::string out;
    for (char c : text)
        out += (c == '\n' || c == '\r') ? ' ' : c;
    return out;
}

} // namespace

std::string desktopEntryText(const AutostartEntry& entry) {
    std::string exec;
    for (const std::string& argument : entry.command) {
        if (!exec.empty())
            exec += ' ';
        exec += desktopQuote(argument);
    }
    std::string text = "[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=" +
                       oneLine(entry.name) + "\n";
    if (!entry.comment.empty())
        text += "Comment=" + oneLine(entry.comment) + "\n";
    text += "Exec=" + exec +
            "\n"
            "Icon=localhost-doctor\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n";
    return text;
}

std::string launchAgentLabel(const AutostartEntry& entry) {
    return "org.localhost-doctor." + entry.id;
}

std::string launchAgentText(const AutostartEntry& entry) {
    std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n<dict>\n"
                       "    <key>Label</key>\n    <string>" +
                       xmlEscape(launchAgentLabel(entry)) +
                       "</string>\n"
                       "    <key>ProgramArguments</key>\n    <array>\n";
    for (const std::string& argument : entry.command)
        text += "        <string>" + xmlEscape(argument) + "</string>\n";
    text += "    </array>\n"
            "    <key>RunAtLoad</key>\n    <true/>\n"
            "    <key>ProcessType</key>\n    <string>Interactive</string>\n"
            "</dict>\n</plist>\n";
    return text;
}

std::string windowsCommandLine(const std::vector<std::string>& command) {
    std::string line;
    for (const std::string& argument : command) {
        if (!line.empty())
            line += ' ';
        if (!argument.empty() && argument.find_first_of(" \t\"") == std::string::npos) {
            line += argument;
            continue;
        }
        // Backslashes are literal unless they precede a quote: then they are doubled.
        line += '"';
        std::size_t backslashes = 0;
        for (char c : argument) {
            if (c == '\\') {
                ++backslashes;
                continue;
            }
            if (c == '"') {
                line.append(backslashes * 2 + 1, '\\');
            } else {
                line.append(backslashes, '\\');
            }
            backslashes = 0;
            line += c;
        }
        line.append(backslashes * 2, '\\');
        line += '"';
    }
    return line;
}

} // namespace ld::platform
