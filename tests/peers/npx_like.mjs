// Starts its arguments as a child sharing stdin, stdout and stderr, the way `npx pkg` starts
// `node`, and exits with it. Like npm before it forwarded signals, a SIGTERM ends only this
// wrapper: a server under it is orphaned unless its whole process group is ended.
import { spawn } from "node:child_process";

const child = spawn(process.argv[2], process.argv.slice(3), { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
