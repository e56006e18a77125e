// A real MCP client (the official TypeScript SDK) against `localhost-doctor mcp-server`: lists the
// tools, calls check_address on a live listener and on an impossible port, and checks that the SDK
// accepts every structured result against the tool's outputSchema (it validates them itself).
// Usage: node mcp_client_check.mjs BINARY LIVE_PORT
// Prints one line per check; exits 0 when all pass, 1 otherwise.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [binary, livePort] = process.argv.slice(2);
if (!binary || !livePort) {
    console.error("usage: node mcp_client_check.mjs BINARY LIVE_PORT");
    process.exit(2);
}

let failures = 0;
function check(condition, what, detail = "") {
    console.log(`${condition ? "ok  " : "FAIL"} ${what}${detail && !condition ? `: ${detail}` : ""}`);
    if (!condition)
        failures += 1;
}

const transport = new StdioClientTransport({
    command: binary,
    args: ["mcp-server"],
    env: { ...process.env, LD_LOG_LEVEL: "off" },
    stderr: "inherit",
});
const client = new Client({ name: "localhost-doctor-test", version: "1.0.0" });
// Bounded: a hung server fails the test instead of blocking it.
const timer = setTimeout(() => {
    console.log("FAIL the session took longer than 60 s");
    process.exit(1);
}, 60000);

try {
    await client.connect(transport);
    const info = client.getServerVersion();
    check(info?.name === "localhost-doctor", "serverInfo names localhost-doctor", JSON.stringify(info));

    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name).sort();
    check(JSON.stringify(names) ===
              JSON.stringify(["check_address", "diagnose_mcp_config", "find_free_port", "list_listeners"]),
          "tools/list gives the four tools", JSON.stringify(names));
    for (const tool of tools) {
        check(tool.inputSchema?.type === "object" && tool.outputSchema?.type === "object",
              `${tool.name} has input and output schemas`);
        check(tool.annotations?.readOnlyHint === true, `${tool.name} is read-only`);
    }

    const live = await client.callTool({
        name: "check_address",
        arguments: { target: `127.0.0.1:${livePort}`, timeout_ms: 3000 },
    });
    check(!live.isError, "check_address on the live server succeeds", JSON.stringify(live.content));
    check(live.structuredContent?.verdict?.finding === "ok", "the live server's verdict is ok",
          JSON.stringify(live.structuredContent?.verdict));
    check(live.content?.[0]?.type === "text" && live.content[0].text.includes('"verdict"'),
          "check_address also returns a text block");

    const typo = await client.callTool({ name: "check_address", arguments: { target: "localhost:619009" } });
    const verdict = typo.structuredContent?.verdict?.finding;
    check(verdict === "port.out_of_range", "localhost:619009 gives port.out_of_range", verdict);
    const fixes = (typo.structuredContent?.steps ?? [])
                      .flatMap((step) => step.findings)
                      .flatMap((finding) => finding.fixes ?? []);
    check(fixes.length > 0 && fixes.every((fix) => fix.command?.startsWith("localhost-doctor ")),
          "every fix carries a localhost-doctor command", JSON.stringify(fixes.map((fix) => fix.command)));
    check(fixes.some((fix) => fix.command === "localhost-doctor check http://localhost:61900/"),
          "the port fix says which address to check instead", JSON.stringify(fixes.map((fix) => fix.command)));

    const port = await client.callTool({ name: "find_free_port", arguments: { near: 8080 } });
    check(Number.isInteger(port.structuredContent?.port) && port.structuredContent.port !== 8080,
          "find_free_port gives a port", JSON.stringify(port.structuredContent));

    const listeners = await client.callTool({ name: "list_listeners", arguments: { port: Number(livePort) } });
    const rows = listeners.structuredContent?.listeners ?? [];
    check(rows.some((row) => row.port === Number(livePort) && row.address === "127.0.0.1"),
          "list_listeners finds the live server", JSON.stringify(rows));

    const dir = mkdtempSync(join(tmpdir(), "ld-mcp-server-"));
    const config = join(dir, "claude_desktop_config.json");
    writeFileSync(config, JSON.stringify({ mcpServers: { broken: { command: "no-such-program-ld-test" } } }));
    const mcp = await client.callTool({ name: "diagnose_mcp_config", arguments: { path: config } });
    rmSync(dir, { recursive: true, force: true });
    check(mcp.structuredContent?.verdict?.finding === "mcp.command_not_found",
          "diagnose_mcp_config finds the missing command", JSON.stringify(mcp.structuredContent?.verdict));
    const steps = (mcp.structuredContent?.steps ?? []).map((step) => step.id);
    check(steps.includes("config") && steps.includes("server:broken"), "the MCP report has its steps",
          JSON.stringify(steps));

    const bad = await client.callTool({ name: "check_address", arguments: { target: "[::1:80" } });
    check(bad.isError === true, "a target that does not parse is a tool error");
} catch (error) {
    check(false, "the session ran", String(error?.stack ?? error));
} finally {
    clearTimeout(timer);
    await client.close().catch(() => {});
}
process.exit(failures === 0 ? 0 : 1);
