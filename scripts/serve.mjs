// `npm start` after the build: the app (vite preview, http://localhost:4173) and the embedded
// demonstration school server (http://127.0.0.1:8787) side by side; Ctrl+C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn("npm", ["run", "preview"], { stdio: "inherit" }),
  spawn("npm", ["run", "school-server:demo"], { stdio: "inherit" }),
];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  process.exitCode = code;
};
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
