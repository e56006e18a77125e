#include "wizard/report/findingcatalogue.h"

#include <QStringList>

namespace ld::wizard {

const std::vector<FindingInfo>& FindingCatalogue::rows() {
    // clang-format off
    static const std::vector<FindingInfo> table = {
    {"port.ok", "port", "ok", "The number is a valid port and nothing about it is special.", ""},
    {"port.out_of_range", "port", "error", "The number is above 65535 or negative: a typo. Fixes offer one-edit variants ranked by what listens now, then by what configs mention.", "fix.use_port"},
    {"port.not_a_number", "port", "error", "The port is not a number.", "fix.use_port"},
    {"port.zero", "port", "error", "Port 0 means \"any port\" to a server and can't be connected to.", "fix.use_port"},
    {"port.missing", "port", "info", "No port given: the scheme's default is used, and said.", ""},
    {"port.privileged", "port", "info|error", "Below the OS's unprivileged limit: only root/administrator may bind it (info for connect, error for serve).", "fix.suggest_free_port"},
    {"port.ephemeral", "port", "info|warning", "Inside the OS's ephemeral range: outgoing connections may take it.", "fix.suggest_free_port"},
    {"port.excluded", "port", "warning|error", "Inside a range Windows reserves (netsh int ipv4 show excludedportrange: Hyper-V, WinNAT for Docker Desktop and WSL 2, or an administrator): binding fails with 10013 (error for serve, warning for connect); offers the nearest port outside every reserved and the dynamic range.", "fix.use_port"},
    {"port.browser_blocked", "port", "warning", "On the Fetch standard's bad-port list (6000, 5060, 6665-6669, 10080, ...): browsers refuse it (ERR_UNSAFE_PORT) while curl works.", "fix.use_port"},
    {"host.unresolvable", "port", "error", "The host name does not resolve (a typo like locahost).", "fix.use_host"},
    {"host.localhost_broken", "port", "error", "localhost is missing from the hosts file or mapped to a non-loopback address.", ""},
    {"host.not_local", "port", "info", "The host is not this computer: the local checks say less.", ""},
    {"host.localhost_subdomain", "port", "info|error", "A *.localhost name: browsers resolve it themselves, many other clients do not; which, and the hosts line (an error when this system cannot resolve it).", ""},
    {"server.listening", "server", "ok", "A listener accepts on an address the client tries; evidence: pid, program, command line, user, bind address.", ""},
    {"server.not_listening", "server", "error|info", "Nothing listens on the port on any address; lists listeners on nearby and typo-variant ports.", "fix.use_port"},
    {"server.address_family_mismatch", "server", "warning", "Only one family listens (e.g. 127.0.0.1) while the name resolves to the other first (::1).", "fix.use_host"},
    {"server.wrong_interface", "server", "error", "It listens only on an address the client does not use (a LAN address, not loopback).", "fix.use_host"},
    {"server.not_accepting", "server", "error", "Listening, but the accept queue is full: the server is hung.", "fix.stop_process"},
    {"server.owner_hidden", "server", "warning", "A listener exists but its process belongs to another user; says how to see it.", ""},
    {"server.forwarder", "server", "info", "The listener is a forwarder (docker-proxy, rootlesskit, wslrelay, kubectl port-forward, ssh -L, an editor's port forward): a reset through it means the app inside binds only its own loopback. On Windows, WSL's relay gets server.in_wsl instead.", ""},
    {"server.in_wsl", "server", "info|warning", "Windows: the server runs (or may run) inside a WSL 2 distro: the port is held by WSL's relay (wslrelay.exe), or no Windows program holds it while a WSL 2 distro runs. Says, from .wslconfig's networkingMode and localhostForwarding, whether Windows programs reach it and what to change (listen on 0.0.0.0 inside WSL, localhostForwarding=true or networkingMode=mirrored, then wsl --shutdown); changes nothing itself.", "fix.open_wsl_networking"},
    {"server.unreachable", "server", "error", "Connecting failed with no route or another error the firewall step can't explain.", ""},
    {"firewall.dropping", "firewall", "error", "A listener exists but connecting times out: a rule drops the packets; names the rule when it can.", ""},
    {"firewall.rejecting", "firewall", "error", "A listener exists but connections are refused by a rule.", ""},
    {"firewall.not_needed", "firewall", "info", "Every connection got through, so the firewall's rules were not read (the step is skipped).", ""},
    {"firewall.state", "firewall", "info", "Which firewall is active and what it says about the port.", ""},
    {"firewall.unreadable", "firewall", "info|error", "The rules can't be read without elevation; gives the exact command.", ""},
    {"firewall.block_all", "firewall", "info|warning|error", "macOS: the Application Firewall blocks all incoming connections, so no other device reaches a server on this Mac (info on loopback; an error when it explains a failed connection to this Mac's own address); the System Settings path and the socketfilterfw command.", ""},
    {"firewall.local_network_denied", "firewall", "warning|error", "macOS 15+: a LAN address fails at once with EHOSTUNREACH while loopback works: Local Network privacy denies the app; the System Settings path.", ""},
    {"conflict.port_free", "conflict", "ok", "(serve) The port is free on every address the server will bind.", ""},
    {"conflict.port_in_use", "conflict", "error", "(serve) The port is held: by whom; fixes: a free port, stop that process.", "fix.suggest_free_port fix.stop_process"},
    {"conflict.multiple_listeners", "conflict", "warning", "Different processes hold the same port on different addresses.", "fix.stop_process"},
    {"conflict.gateway_backend_down", "conflict", "error", "A proxy holds the port (nginx, Caddy, a dev server's proxy) and answers 502/504: the server behind it is down or too slow; names the proxy.", ""},
    {"conflict.airplay_receiver", "conflict", "error", "macOS AirPlay Receiver (ControlCenter) holds the port (5000, 7000): the System Settings path that turns it off (macOS 12 and 13+), or another port.", "fix.suggest_free_port"},
    {"conflict.unexpected_program", "conflict", "error", "The listener is a program of another family than the one expected (PostgreSQL where a web or MCP server was meant).", "fix.stop_process"},
    {"protocol.http_ok", "protocol", "ok", "The service answers HTTP: status, server header, /health if present.", ""},
    {"protocol.https_ok", "protocol", "ok", "The service answers HTTPS with a trusted certificate.", ""},
    {"protocol.identified", "protocol", "info", "A tcp:// target: what the port speaks.", ""},
    {"protocol.tls_expected", "protocol", "error", "The URL says http:// but the service speaks TLS.", "fix.use_url"},
    {"protocol.plain_expected", "protocol", "error", "The URL says https:// but the service speaks plain HTTP.", "fix.use_url"},
    {"protocol.tls_untrusted", "protocol", "warning", "Self-signed, expired or wrong-name certificate: which, and the fix.", ""},
    {"protocol.tls_handshake_failed", "protocol", "error", "The TLS handshake failed for another reason than trust.", ""},
    {"protocol.not_http", "protocol", "error", "It speaks something else (SSH, Redis, PostgreSQL, MySQL, SMTP...): which.", ""},
    {"protocol.no_response", "protocol", "error", "It accepts the connection but never answers.", ""},
    {"protocol.reset", "protocol", "error", "The server accepted, then reset the connection (before or after the request): its log says why; never a firewall.", ""},
    {"protocol.redirect_loop", "protocol", "error", "The server redirects back to itself (ERR_TOO_MANY_REDIRECTS): the chain, up to 10 hops.", ""},
    {"protocol.redirect", "protocol", "warning", "The server redirects to another scheme or host: the chain, and the address it leads to.", "fix.use_url"},
    {"protocol.host_not_allowed", "protocol", "error", "A dev server refuses the Host/Origin (Vite allowedHosts, webpack Invalid Host header, an MCP DNS-rebinding guard): the setting that fixes it.", ""},
    {"protocol.client_cert_required", "protocol", "error", "A TLS server ends the handshake because the client shows no certificate of its own (certificate_required alert, or handshake_failure after its certificate): mutual TLS, named.", ""},
    {"protocol.http2_only", "protocol", "error", "An h2c or gRPC listener answers HTTP/1.1 with HTTP/2 frames (the server's SETTINGS preface): browsers can't open it without TLS.", ""},
    {"protocol.headers_too_large", "protocol", "error", "An HTTP reply whose headers do not end within the probe's 64 KB read cap: clients refuse it (ERR_RESPONSE_HEADERS_TOO_BIG); never called not-HTTP.", ""},
    {"protocol.http_error", "protocol", "error|warning", "4xx/5xx: wrong path (suggests /mcp, /sse, /health), auth, server error.", "fix.use_path"},
    {"proxy.none", "proxy", "ok", "No proxy is set.", ""},
    {"proxy.bypassed", "proxy", "ok", "A proxy is set and correctly bypasses local addresses.", ""},
    {"proxy.localhost_via_proxy", "proxy", "error", "HTTP(S)_PROXY or the system proxy would carry localhost traffic: which clients, and the NO_PROXY line.", "fix.set_no_proxy"},
    {"proxy.remote_via_proxy", "proxy", "info", "A remote target goes through the proxy, as intended.", ""},
    {"mcp.ok", "mcp", "ok", "Handshake done: server name, version, protocol version, number of tools, resources, prompts.", ""},
    {"mcp.skipped", "mcp", "info", "The MCP handshake was not tried (not an MCP transport, or the port does not speak HTTP).", ""},
    {"mcp.modern_only", "mcp", "info", "The server answers only the 2026-07-28 server/discover.", ""},
    {"mcp.log_errors", "mcp", "info", "The client's MCP log has recent errors for this server.", ""},
    {"mcp.slow_shutdown", "mcp", "info", "The server took long to end after stdin closed.", ""},
    {"mcp.config_missing", "config", "error", "No config at the OS's path.", ""},
    {"mcp.config_syntax_error", "config", "error", "JSON error with line, column and a caret snippet (trailing comma, unescaped \\, smart quotes, two objects pasted).", ""},
    {"mcp.config_invalid", "config", "error", "The JSON has the wrong shape.", ""},
    {"mcp.config_unreadable", "config", "error", "The config exists but can't be read.", ""},
    {"mcp.config_ok", "config", "ok", "The config is valid and lists servers.", ""},
    {"mcp.command_found", "mcp-server", "ok", "The command resolves on the PATH the client gives servers.", ""},
    {"mcp.command_not_found", "mcp-server", "error", "The command is not on the PATH the client gives servers; says where it was found instead.", "fix.use_absolute_command"},
    {"mcp.windows_needs_cmd", "mcp-server", "error", "npx/npm used directly on Windows without cmd /c.", "fix.wrap_in_cmd"},
    {"mcp.path_argument_missing", "mcp-server", "error", "An argument names a file or folder that does not exist.", ""},
    {"mcp.path_argument_relative", "mcp-server", "warning", "A relative path argument: the client does not start servers in the project's folder.", ""},
    {"mcp.remote_url_invalid", "mcp-server", "error", "A bridge or url entry names an impossible URL or port.", "fix.use_port fix.use_bridge"},
    {"mcp.launch_failed", "mcp-server", "error", "The command could not be started.", ""},
    {"mcp.server_exited", "mcp-server", "error", "The server exits at start: exit code and the tail of its stderr.", ""},
    {"mcp.stdout_pollution", "mcp-server", "error", "Something other than JSON-RPC on stdout (a banner, a log line).", ""},
    {"mcp.stderr_flood", "mcp-server", "warning", "The server writes far too much to stderr.", ""},
    {"mcp.output_flood", "mcp-server", "error", "The server floods stdout: stopped after a bound.", ""},
    {"mcp.handshake_timeout", "mcp-server", "error", "No answer to initialize in time.", ""},
    {"mcp.protocol_mismatch", "mcp-server", "error", "Incompatible protocol version.", ""},
    {"mcp.invalid_reply", "mcp-server", "error", "The reply to initialize is not valid JSON-RPC.", ""},
    {"mcp.rpc_error", "mcp-server", "error", "The server answered initialize with a JSON-RPC error.", ""},
    {"mcp.list_failed", "mcp-server", "warning", "The server did not answer tools/list.", ""},
    {"mcp.config_wrong_file", "config", "info|warning|error", "The client reads another file than this one (Claude Desktop MSIX vs %APPDATA%; Claude Code ignores ~/.claude/settings.json servers): which one it reads, and how they differ.", ""},
    {"mcp.config_other_client", "config", "error", "The servers sit under another client's key (servers, mcp.servers) or without one: a fix moves them.", "fix.move_servers fix.wrap_servers fix.name_server"},
    {"mcp.config_os", "config", "info", "The config is written for another OS (drive letters, cmd /c, /Users/): checked by that OS's rules.", ""},
    {"mcp.client_guessed", "config", "info", "--config named a file: which client's rules were guessed from its name and shape.", ""},
    {"mcp.placeholder_literal", "mcp-server", "warning", "${VAR} or $HOME in an entry of a client that passes them literally.", ""},
    {"mcp.key_ignored", "mcp-server", "warning", "A key the client ignores (cwd, envFile in Claude Desktop).", ""},
    {"mcp.command_not_executable", "mcp-server", "error", "The command exists but lacks the execute permission (chmod +x).", "fix.make_executable"},
    {"mcp.command_not_checked", "mcp-server", "info", "The config is for another OS, so its command is not looked up on this machine.", ""},
    {"mcp.builtin_node", "mcp-server", "info|warning", "Claude Desktop's built-in Node.js is on: globally installed packages are hidden from node/npx servers.", ""},
    {"mcp.container_localhost", "mcp-server", "error", "A docker-launched server is given localhost URLs, which mean the container itself: use host.docker.internal.", "fix.use_host_docker_internal"},
    {"mcp.bridge_url", "mcp-server", "info", "The URL a bridge (mcp-remote, supergateway) or url entry carries, shown without launching.", ""},
    {"mcp.era_mismatch", "mcp-server", "warning", "The server speaks only one protocol era (2026-07-28 server/discover vs initialize): both versions named.", ""},
    {"mcp.discover_refused", "mcp-server", "error", "The server refused both the initialize and the server/discover greeting.", ""},
    {"mcp.unauthorized", "mcp", "error", "401 with WWW-Authenticate: the server wants a login.", ""},
    {"mcp.http_error", "mcp", "error", "The MCP endpoint answered an HTTP error.", "fix.use_path"},
    {"mcp.connect_failed", "mcp", "error", "The MCP endpoint could not be reached.", ""},
    {"protocol.tls_failed", "tray", "error", "(quick check) The TLS handshake failed.", ""},
    {"protocol.tls_expiring", "protocol", "warning", "The certificate is trusted but expires within 14 days (the check and the tray's quick check).", ""},
    {"server.connect_failed", "tray", "error", "(quick check) Connecting failed with an error other than refused.", ""},
    {"server.connect_timeout", "tray", "error", "(quick check) Connecting timed out.", ""},
    {"target.invalid", "tray", "error", "(quick check) The watched address can't be parsed.", ""},
    };
    // clang-format on
    return table;
}

const FindingInfo* FindingCatalogue::find(const QString& id) {
    for (const FindingInfo& row : rows())
        if (id == QLatin1String(row.id))
            return &row;
    return nullptr;
}

QString FindingCatalogue::markdown() {
    QString out = QStringLiteral(
        "# Findings\n\n"
        "Every finding id Localhost Doctor can conclude, generated from "
        "`wizard/report/findingcatalogue.cpp`\n"
        "(regenerate with `LD_UPDATE_DOCS=1 build/dev/tests/tst_findingcatalogue`). Ids are stable: scripts\n"
        "and support staff rely on them. Severity is the usual one; `info|error` means the context decides\n"
        "(for example the intent).\n");
    QStringList steps;
    for (const FindingInfo& row : rows())
        if (!steps.contains(QLatin1String(row.step)))
            steps << QLatin1String(row.step);
    for (const QString& step : steps) {
        out +=
            QStringLiteral("\n## %1\n\n| id | severity | meaning | fixes |\n|---|---|---|---|\n").arg(step);
        for (const FindingInfo& row : rows()) {
            if (step != QLatin1String(row.step))
                continue;
            QStringList fixes;
            for (const QString& fix :
                 QString::fromLatin1(row.fixes).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                fixes << QStringLiteral("`%1`").arg(fix);
            out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                       .arg(QLatin1String(row.id), QLatin1String(row.severities),
                            QString::fromUtf8(row.meaning).replace(QLatin1Char('|'), QStringLiteral("\\|")),
                            fixes.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace ld::wizard
